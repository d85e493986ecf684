"""Large test: python3 gen_large.py SEED N LIMIT > data/secret/large/NN.in"""
import random
import sys

seed, n, limit = map(int, sys.argv[1:4])
rng = random.Random(seed)
print(n, limit)
print(" ".join(str(rng.randint(1, limit)) for _ in range(n)))
