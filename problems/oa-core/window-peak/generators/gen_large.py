"""Large test with distinct readings: python3 gen_large.py SEED N K > data/secret/large/NN.in"""
import random
import sys

seed, n, k = map(int, sys.argv[1:4])
rng = random.Random(seed)
readings = rng.sample(range(-10**9, 10**9 + 1), n)
print(n, k)
print(" ".join(map(str, readings)))
