"""Large test: python3 gen_large.py SEED TYPES MAXRUNS COOLDOWN > data/secret/large/NN.in

TYPES job types named like "etl-0042" with 1..MAXRUNS runs each.
"""
import json
import random
import sys

seed, types, maxruns, cooldown = map(int, sys.argv[1:5])
rng = random.Random(seed)
jobs = {f"etl-{i:04d}": rng.randint(1, maxruns) for i in rng.sample(range(10000), types)}
print(json.dumps([jobs, cooldown]))
