"""Large test without complete ties: python3 gen_large.py SEED N > data/secret/large/NN.in

Every (score, minutes) pair is distinct, but many teams share a score, so minutes matter.
"""
import random
import sys

seed, n = map(int, sys.argv[1:3])
rng = random.Random(seed)
pairs = set()
while len(pairs) < n:
    pairs.add((rng.randint(0, n // 20), rng.randint(0, 10000)))
pairs = list(pairs)
pairs.sort()
rng.shuffle(pairs)
print(n)
for i, (score, minutes) in enumerate(pairs):
    print(f"team{i}_{rng.randint(0, 999)} {score} {minutes}")
