"""Large test: python3 gen_large.py SEED N LOW HIGH GAP > data/secret/large/NN.in

N distinct heights from LOW..HIGH and the given max_gap.
"""
import json
import random
import sys

seed, n, low, high, gap = map(int, sys.argv[1:6])
rng = random.Random(seed)
print(json.dumps([rng.sample(range(low, high + 1), n), gap]))
