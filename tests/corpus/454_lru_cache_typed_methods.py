# Corpus: lru_cache(typed=True) keeps 3 and 3.0 apart; caching instance methods and a module-level cache clear.
from functools import lru_cache, cache
@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(3), kind(3.0), kind(True), kind.cache_info().currsize)
@lru_cache(maxsize=None)
def loose(x):
    return type(x).__name__
print(loose(3), loose(3.0), loose(True), loose.cache_info().currsize)
class Grid:
    def __init__(self, n):
        self.n = n
    @cache
    def paths(self, r, c):
        if r == self.n - 1 or c == self.n - 1:
            return 1
        return self.paths(r + 1, c) + self.paths(r, c + 1)
g = Grid(12)
print(g.paths(0, 0), Grid.paths.cache_info().hits > 0)
@lru_cache(maxsize=3)
def sq(x):
    return x * x
for x in [1, 2, 3, 1, 4, 2]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters())
