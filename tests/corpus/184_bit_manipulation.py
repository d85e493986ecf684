# Corpus: bit tricks: single number by XOR, power of two, counting bits, subsets by bitmask, negative shifts.
from functools import reduce
print(reduce(lambda a, b: a ^ b, [4, 1, 2, 1, 2]), [n for n in range(-2, 20) if n > 0 and n & (n - 1) == 0])
print([bin(i).count("1") for i in range(9)], 12 & -12, 12 & 11, ~5, -5 >> 1, -1 >> 10, 1 << 62, 5 ^ 3, 6 | 9)
print([[x for i, x in enumerate("abc") if mask >> i & 1] for mask in range(8)])
def reverse_bits(n):
    return int(f"{n:032b}"[::-1], 2)
print(reverse_bits(43261596), f"{-5 & 0xFFFFFFFF:08x}", (-5) % 2 ** 32, int.bit_length(-8))
def missing_number(nums):
    x = len(nums)
    for i, n in enumerate(nums):
        x ^= i ^ n
    return x
print(missing_number([3, 0, 1]), missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]), (0b1011).bit_count(), 0o17 | 0x10)
def add_no_plus(a, b):
    mask = 0xFFFFFFFF
    while b & mask:
        a, b = a ^ b, (a & b) << 1
    return (a & mask) if b > 0 else a
print(add_no_plus(19, 23), add_no_plus(7, 0))
