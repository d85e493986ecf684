# Corpus: arbitrary-precision integers: factorials, powers, digit sums, and integer/float edges.
import math
f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).rstrip("0") != str(f100))
print(2 ** 200, (2 ** 200).bit_length(), -(2 ** 100) // 3, -(2 ** 100) % 7)
print(3 ** 100 % (10 ** 9 + 7), pow(3, 100, 10 ** 9 + 7), pow(2, 10 ** 18, 10 ** 9 + 7))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, divmod(b, a), a ^ b, a & b, a | b, ~a, a << 70, b >> 64)
print(10 ** 30 / 7, int(10 ** 30 / 7), 10 ** 30 // 7, float(2 ** 1023) * 1, 2 ** 64 - 1 == 18446744073709551615)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError")
print(int("9" * 50) + 1, math.isqrt(10 ** 100 + 1), abs(-(10 ** 25)), hex(2 ** 70), int("1" * 40, 2))
print(sum(range(10 ** 6 + 1)), (10 ** 12) * (10 ** 12 + 1) // 2, 7 ** 77 % 1000)
print(math.gcd(2 ** 64, 6 ** 40), (-5) ** 3, (-2) ** 101 < 0, 0 ** 0, 1 ** 10 ** 6)
