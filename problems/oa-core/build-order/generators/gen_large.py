"""Large acyclic test: python3 gen_large.py SEED N M > data/secret/large/NN.in

A hidden random order of the modules; each of the M distinct dependencies goes from an
earlier module to a later one in that order (so there is no cycle).
"""
import random
import sys

seed, n, m = map(int, sys.argv[1:4])
rng = random.Random(seed)
order = list(range(1, n + 1))
rng.shuffle(order)
edges = set()
while len(edges) < m:
    i, j = rng.randrange(n), rng.randrange(n)
    if i != j and abs(i - j) < 50:  # short hops keep the order tangled but deep
        edges.add((order[min(i, j)], order[max(i, j)]))
edges = list(edges)
rng.shuffle(edges)
print(n, m)
print("\n".join(f"{a} {b}" for a, b in edges))
