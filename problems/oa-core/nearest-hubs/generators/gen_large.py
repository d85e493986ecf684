"""Large test: python3 gen_large.py SEED N K R > data/secret/large/NN.in

N hubs with coordinates in [-R, R] and pairwise different distances from the origin (so no
ties: ties have their own test group).
"""
import json
import random
import sys

seed, n, k, r = map(int, sys.argv[1:5])
rng = random.Random(seed)
hubs, used = [], set()
while len(hubs) < n:
    x, y = rng.randint(-r, r), rng.randint(-r, r)
    d = x * x + y * y
    if d not in used:
        used.add(d)
        hubs.append([x, y])
print(json.dumps([hubs, k]))
