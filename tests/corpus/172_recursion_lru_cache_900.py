# Corpus: memoised recursion through functools.lru_cache to depth 900 with a raised recursion limit.
import sys
from functools import lru_cache, cache
sys.setrecursionlimit(5000)

@lru_cache(maxsize=None)
def stairs(n):
    if n <= 1:
        return 1
    return stairs(n - 1) + stairs(n - 2)

@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print(stairs(900) % 1_000_000_007)
print(stairs.cache_info().currsize)
print(partitions(100, 100))
print(sys.getrecursionlimit())
