"""Large tests for sort-names: python3 gen_large.py SEED N (deterministic, distinct names)."""
import random
import sys

seed, n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
names = set()
while len(names) < n:
    length = rng.randint(1, 15)
    names.add("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length)))
names = sorted(names)
rng.shuffle(names)
print(n)
print("\n".join(names))
