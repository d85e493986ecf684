# Corpus: integer square roots, perfect squares, modular inverse and fast modular exponentiation.
import math
def is_square(n):
    return n >= 0 and math.isqrt(n) ** 2 == n
print([n for n in range(50) if is_square(n)], is_square(10 ** 40), is_square(10 ** 40 + 1))
def mod_pow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
M = 10 ** 9 + 7
print(mod_pow(2, 10 ** 18, M) == pow(2, 10 ** 18, M), pow(3, -1, M), 3 * pow(3, -1, M) % M)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), pow(17, -1, 3120), ext_gcd(17, 3120)[1] % 3120)
def ncr_mod(n, r, p=M):
    num = den = 1
    for i in range(r):
        num = num * (n - i) % p
        den = den * (i + 1) % p
    return num * pow(den, p - 2, p) % p
print(ncr_mod(1000, 500), math.comb(1000, 500) % M)
