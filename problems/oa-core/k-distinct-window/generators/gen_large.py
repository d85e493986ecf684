"""Large test: python3 gen_large.py SEED N IDS K > data/secret/large/NN.in

N stalls with cuisine ids drawn from IDS different values (scattered over 1..10^9);
K close to IDS makes the shortest window long.
"""
import random
import sys

seed, n, ids, k = map(int, sys.argv[1:5])
rng = random.Random(seed)
pool = rng.sample(range(1, 10**9 + 1), ids)
print(n, k)
print(" ".join(str(rng.choice(pool)) for _ in range(n)))
