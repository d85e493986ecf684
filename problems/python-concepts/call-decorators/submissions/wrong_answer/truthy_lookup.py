# Looks up the cache with `if cache.get(key)`, so results like 0, None or "" are never reused.
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1  # counted before the call, so calls that raise count too
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}
    hits = misses = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal hits, misses
        key = (args, frozenset(kwargs.items()))  # keyword order does not matter
        if cache.get(key):
            hits += 1
            return cache[key]
        misses += 1
        result = func(*args, **kwargs)  # if this raises, nothing is stored
        cache[key] = result
        return result

    wrapper.cache_info = lambda: (hits, misses)
    return wrapper


def validate(predicate, message="invalid argument"):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for value in list(args) + list(kwargs.values()):
                if not predicate(value):
                    raise ValueError(message)
            return func(*args, **kwargs)

        return wrapper

    return decorator
