# Corpus: Gray codes, counting bits DP, hamming distance and power-of-four checks.
def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]
print(gray(3), [f"{g:03b}" for g in gray(3)], all(bin(a ^ b).count("1") == 1 for a, b in zip(gray(4), gray(4)[1:])))
bits = [0] * 17
for i in range(1, 17):
    bits[i] = bits[i >> 1] + (i & 1)
print(bits, bin(1 ^ 4).count("1"), [(x ^ 93).bit_count() for x in (0, 93, 255)])
print([n for n in range(1, 300) if n & (n - 1) == 0 and n & 0x55555555])
