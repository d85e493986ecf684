"""Writes the large tests of second-largest: deterministic, so the pack rebuilds identically."""
import random
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
n = 200000
values = [rng.randint(-10**9, 10**9) for _ in range(n)]
print(n)
print(" ".join(map(str, values)))
