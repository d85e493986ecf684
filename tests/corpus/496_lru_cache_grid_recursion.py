# Corpus: memoised grid DP through lru_cache (recursion depth about 60) for unique paths with obstacles.
from functools import lru_cache
grid = ["." * 30 for _ in range(30)]
grid[5] = "." * 10 + "#" * 15 + "." * 5
grid[20] = "#" * 25 + "." * 5
@lru_cache(maxsize=None)
def paths(r, c):
    if r >= 30 or c >= 30 or grid[r][c] == "#":
        return 0
    if (r, c) == (29, 29):
        return 1
    return paths(r + 1, c) + paths(r, c + 1)
print(paths(0, 0), paths.cache_info().misses)
@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return 0
    return 1 + lcs(a[1:], b[1:]) if a[0] == b[0] else max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQWERTYUIOP", "GXTXAYBQWEXTYUOP"))
