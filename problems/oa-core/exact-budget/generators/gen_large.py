"""Large test: python3 gen_large.py SEED N SPREAD > data/secret/large/NN.in

N distinct prices in [-SPREAD, SPREAD] (no zero); the budget is the total of a random half
of them, so at least one bundle matches.
"""
import json
import random
import sys

seed, n, spread = map(int, sys.argv[1:4])
rng = random.Random(seed)
prices = rng.sample([v for v in range(-spread, spread + 1) if v != 0], n) if spread < 10**6 else []
while len(prices) < n:
    v = rng.randint(-spread, spread)
    if v and v not in prices:
        prices.append(v)
budget = sum(p for p in prices if rng.random() < 0.5) or prices[0]
print(json.dumps([prices, budget]))
