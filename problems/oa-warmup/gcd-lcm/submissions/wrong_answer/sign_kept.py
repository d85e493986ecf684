# Euclid on the raw values: with negative inputs the GCD or the LCM can come out negative.
def gcd_lcm(a, b):
    x, y = a, b
    while y:
        x, y = y, x % y
    if x == 0:
        return (0, 0)
    return (x, a * b // x)
