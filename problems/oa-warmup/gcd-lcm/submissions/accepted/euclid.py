def gcd_lcm(a, b):
    a, b = abs(a), abs(b)
    x, y = a, b
    while y:
        x, y = y, x % y
    g = x
    lcm = a // g * b if g else 0
    return (g, lcm)
