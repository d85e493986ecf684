# Corpus: counting lattice paths with math.comb, Catalan-bounded paths, and modular answers.
from math import comb
MOD = 10 ** 9 + 7
print([comb(2 * n, n) for n in range(10)], comb(40, 20), comb(1000, 500) % MOD)
def paths_with_block(n, m, block):
    br, bc = block
    total = comb(n + m, n)
    through = comb(br + bc, br) * comb(n - br + m - bc, n - br)
    return total - through
print(paths_with_block(4, 4, (2, 2)), paths_with_block(3, 3, (0, 0)), paths_with_block(5, 2, (5, 2)))
print([comb(2 * n, n) - comb(2 * n, n + 1) for n in range(8)])
