# Corpus: seeded random.choices with cum_weights, sample with counts, and Random instances kept separate.
import random
r1, r2 = random.Random(1), random.Random(1)
print(r1.choices("abc", cum_weights=[1, 5, 6], k=10) == r2.choices("abc", cum_weights=[1, 5, 6], k=10))
rng = random.Random(31337)
print(rng.choices(["x", "y"], cum_weights=[0.2, 1.0], k=8))
print(rng.sample(["red", "blue"], counts=[3, 2], k=4))
print(rng.randrange(10, 100, 7), rng.randint(-5, 5), rng.choice(range(1000)), rng.betavariate(2, 3) < 1)
a = random.Random(7)
b = random.Random(8)
print([a.random() < 0.5 for _ in range(5)], [b.randint(0, 1) for _ in range(5)])
