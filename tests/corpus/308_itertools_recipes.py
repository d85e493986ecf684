# Corpus: itertools recipes: sliding windows, roundrobin, unique_everseen, grouper, flatten, powerset.
from itertools import islice, cycle, chain, combinations, zip_longest, tee
from collections import deque
def sliding_window(it, n):
    it = iter(it)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = key(x) if key else x
        if k not in seen:
            seen.add(k)
            yield x
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(sliding_window(range(6), 3)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(grouper("ABCDEFG", 3, "x")), list(powerset([1, 2, 3])))
