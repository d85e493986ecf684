# Corpus: random with a fixed seed: the same sequence as CPython's Mersenne Twister.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.uniform(1, 2))
print(random.choice("abcdefg"), random.sample(range(100), 5), random.getrandbits(32))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=6))
rng = random.Random(2024)
print([rng.randint(1, 6) for _ in range(10)], rng.gauss(0, 1), rng.random())
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 20))
random.seed(7)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], round(random.expovariate(1.0), 12), random.triangular(0, 1))
