"""Large tests for unique-usernames: python3 gen_large.py SEED N DISTINCT (deterministic)."""
import random
import sys

seed, n, distinct = (int(x) for x in sys.argv[1:4])
rng = random.Random(seed)
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789_"
pool = set()
while len(pool) < distinct:
    pool.add("".join(rng.choice(alphabet) for _ in range(rng.randint(6, 12))))
pool = sorted(pool)
rng.shuffle(pool)
names = pool[:]  # every name appears at least once
names += [rng.choice(pool) for _ in range(n - distinct)]
rng.shuffle(names)
# Lower-case only, so that the test measures speed rather than case handling.
print(n)
print("\n".join(names))
