# Corpus: memoised recursion deeper than the default limit ends with an uncaught RecursionError.
from functools import lru_cache

@lru_cache(maxsize=None)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print(count(100))
print(count(5000))
