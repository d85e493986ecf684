"""Large test: python3 gen_large.py SEED SETS GETS > data/secret/large/NN.in

A few keys get SETS values in all (timestamps increasing per key, all even), then GETS
queries at odd timestamps, mostly early in the history (so scanning back from the newest
entry is slow), plus a few before the first timestamp.
"""
import json
import random
import sys

seed, sets, gets = map(int, sys.argv[1:4])
rng = random.Random(seed)
keys = ["db", "cache", "flags"]
weights = [8, 1, 1]
last = {k: 0 for k in keys}
ops = [["ConfigHistory"]]
for i in range(sets):
    k = rng.choices(keys, weights)[0]
    last[k] += 2 * rng.randint(1, 5)
    ops.append(["set", k, f"v{i}", last[k]])
for _ in range(gets):
    k = rng.choices(keys, weights)[0]
    t = rng.randint(0, last[k] // 10) * 2 + 1 if rng.random() < 0.97 else -rng.randint(1, 9)
    ops.append(["get", k, t])
print("[" + ",\n ".join(json.dumps(op) for op in ops) + "]")
