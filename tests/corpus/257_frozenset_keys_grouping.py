# Corpus: frozensets and tuples as dict keys, set comprehensions of tuples, and grouping by letter sets.
from collections import defaultdict
words = ["listen", "silent", "enlist", "google", "elgoog", "inlets", "banana", "nab"]
groups = defaultdict(list)
for w in words:
    groups[frozenset(w)].append(w)
print(sorted(sorted(g) for g in groups.values()))
pairs = {(min(a, b), max(a, b)) for a in range(4) for b in range(4) if a != b}
print(sorted(pairs), len(pairs))
edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(edges), frozenset((1, 2)) in edges, sorted(sorted(e) for e in edges))
visited = {(0, 0)}
visited |= {(0, 1), (1, 0)}
print(sorted(visited), (1, 0) in visited, {(1, 2): "a"}[(1, 2)])
