# Corpus: a memoising decorator that keys on args and sorted kwargs, with hit/miss statistics.
import functools
def memoize(f):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[key] = f(*args, **kwargs)
        return cache[key]
    wrapper.stats = stats
    return wrapper

@memoize
def grid_paths(r, c, *, blocked=()):
    if (r, c) in blocked:
        return 0
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c, blocked=blocked) + grid_paths(r, c - 1, blocked=blocked)

print(grid_paths(10, 10), grid_paths(10, 10, blocked=((5, 5),)), grid_paths.stats)
print(grid_paths(3, 3), grid_paths.stats["hits"] > 0)
