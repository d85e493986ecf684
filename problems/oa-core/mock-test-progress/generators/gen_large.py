"""Large test with distinct scores: python3 gen_large.py SEED N TREND > data/secret/large/NN.in

Scores are distinct; TREND 0 gives a random permutation of scores, a positive TREND adds an
upward drift of TREND per test (so the answer is long).
"""
import random
import sys

seed, n, trend = map(int, sys.argv[1:4])
rng = random.Random(seed)
values = rng.sample(range(0, 10**9 - n * trend), n) if trend else rng.sample(range(-10**9, 10**9), n)
scores = []
seen = set()
for i, v in enumerate(values):
    s = v + i * trend
    while s in seen:
        s += 1
    seen.add(s)
    scores.append(s)
print(n)
print(" ".join(map(str, scores)))
