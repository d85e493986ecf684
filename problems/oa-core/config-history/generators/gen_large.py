"""Large test: python3 gen_large.py SEED SETS GETS > data/secret/large/NN.in

SETS sets, nearly all of one busy key (values from a small pool), then GETS queries about
early versions (so walking back from the newest entry is slow), none of them at a version
that set the key asked about.

The judge turns a test into a Python literal, and a literal with many different constants
is slow to compile, so values and queried versions come from small pools.
"""
import json
import random
import sys

seed, sets, gets = map(int, sys.argv[1:4])
rng = random.Random(seed)
values = [f"pool-{i}" for i in range(30)]
ops = [["ConfigHistory"]]
for i in range(sets):
    ops.append(["set", "cache" if i % 50 == 0 else "db", rng.choice(values)])
# Version v was set by "cache" when (v - 1) % 50 == 0. Queries about "db" ask for early
# "cache" versions and the other way round, so no query hits a version of its own key exactly.
cache_versions = [v for v in range(1, sets // 10) if (v - 1) % 50 == 0]
db_versions = [v for v in range(1, sets // 10) if (v - 1) % 50 != 0]
early_cache = rng.sample(cache_versions, min(20, len(cache_versions)))
early_db = rng.sample(db_versions, 20)
for _ in range(gets):
    if rng.random() < 0.97:
        ops.append(["get", "db", rng.choice(early_cache)])
    else:
        ops.append(["get", "cache", rng.choice(early_db)])
print("[" + ",\n ".join(json.dumps(op) for op in ops) + "]")
