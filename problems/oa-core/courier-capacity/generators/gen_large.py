"""Large test: python3 gen_large.py SEED N D MAXW > data/secret/large/NN.in"""
import random
import sys

seed, n, d, maxw = map(int, sys.argv[1:5])
rng = random.Random(seed)
print(n, d)
print(" ".join(str(rng.randint(1, maxw)) for _ in range(n)))
