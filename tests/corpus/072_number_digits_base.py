# Corpus: number manipulation: reverse integer with overflow check, base conversion, Armstrong numbers.
def reverse_int(x):
    sign = -1 if x < 0 else 1
    r = sign * int(str(abs(x))[::-1])
    return r if -2 ** 31 <= r <= 2 ** 31 - 1 else 0

def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    s, neg = "", n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" + s if neg else s

print([reverse_int(x) for x in [123, -123, 120, 0, 1534236469]])
print([to_base(n, b) for n, b in [(255, 16), (255, 2), (-10, 3), (0, 7), (35, 36), (10 ** 20, 36)]])
print([n for n in range(1, 1000) if n == sum(int(d) ** len(str(n)) for d in str(n))])
def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 50) if is_happy(n)])
print(bin(37).count("1"), f"{37:b}".zfill(8), int("100101", 2) == 37)
