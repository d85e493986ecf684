"""Large test without nested or touching bookings: python3 gen_large.py SEED BLOCKS > data/secret/large/NN.in

Builds BLOCKS disjoint busy blocks separated by gaps; each block is a chain of overlapping
bookings whose ends keep increasing (so no booking lies inside the block built so far, and
no booking starts exactly where the block ends). The bookings are shuffled.
"""
import json
import random
import sys

seed, blocks = map(int, sys.argv[1:3])
rng = random.Random(seed)
bookings = []
t = 0
for _ in range(blocks):
    t += rng.randint(2, 50)  # gap before the block
    start = t
    end = start + rng.randint(1, 30)
    bookings.append([start, end])
    for _ in range(rng.randint(0, 4)):
        s = rng.randint(start + 1, end - 1) if end - start >= 2 else None
        if s is None:
            break
        e = end + rng.randint(1, 30)
        bookings.append([s, e])
        start, end = s, e
    t = end
rng.shuffle(bookings)
print(json.dumps([bookings]))
