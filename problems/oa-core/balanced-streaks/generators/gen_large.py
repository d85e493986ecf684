"""Large test: python3 gen_large.py SEED N MAXV K > data/secret/large/NN.in

N positive changes in 1..MAXV (small values keep the test quick to load in the judge).
"""
import json
import random
import sys

seed, n, maxv, k = map(int, sys.argv[1:5])
rng = random.Random(seed)
print(json.dumps([[rng.randint(1, maxv) for _ in range(n)], k]))
