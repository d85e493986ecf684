"""Large tests for range-sum-queries: python3 gen_large.py SEED N Q (deterministic).

Questions start at day 2 or later and are long, so that a slice-per-question solution is
clearly too slow; questions starting at day 1 live in the from-start group.
"""
import random
import sys

seed, n, q = (int(x) for x in sys.argv[1:4])
rng = random.Random(seed)
a = [rng.randint(-10**9, 10**9) for _ in range(n)]
print(n, q)
print(" ".join(map(str, a)))
lines = []
for _ in range(q):
    l = rng.randint(2, n // 10)
    r = rng.randint(n - n // 10, n)
    lines.append(f"{l} {r}")
print("\n".join(lines))
