"""Large tests for pair-sum-count: python3 gen_large.py SEED N SPREAD (deterministic).

Prices are distinct (drawn without repetition from [-SPREAD, SPREAD]) and the target is picked
so that many pairs match.
"""
import random
import sys

seed, n, spread = (int(x) for x in sys.argv[1:4])
rng = random.Random(seed)
prices = rng.sample(range(-spread, spread + 1), n)
target = prices[0] + prices[1]
print(n, target)
print(" ".join(map(str, prices)))
