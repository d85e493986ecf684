# Corpus: a seeded dice simulation with Counter, and seeded random walks.
import random
from collections import Counter
random.seed(99)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(5000)]
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {c[total]:4d} {'#' * (c[total] // 50)}")
pos, path = 0, []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], sorted(random.sample(range(1, 50), 6)))
