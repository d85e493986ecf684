"""Large test with distinct prices and a falling trend (so scanning ahead is slow):
python3 gen_large.py SEED N NOISE > data/secret/large/NN.in

Day i costs 10000*(N - i) + 10000*r_i + (i mod 10000) + 1 with a random r_i in [0, NOISE]:
prices are distinct (NOISE < 10000), fall overall, and NOISE 0 makes them strictly falling.
The last day is a spike above every other price.
"""
import random
import sys

seed, n, noise = map(int, sys.argv[1:4])
rng = random.Random(seed)
prices = [10000 * (n - i) + 10000 * rng.randint(0, noise) + i % 10000 + 1 for i in range(n - 1)]
prices.append(10000 * (n + noise + 2))
assert len(set(prices)) == n
print(n)
print(" ".join(map(str, prices)))
