# Corpus: seeded randomized algorithms: reservoir sampling, Fisher-Yates and a Monte Carlo estimate.
import random
random.seed(123)
def reservoir(stream, k):
    res = []
    for i, x in enumerate(stream):
        if i < k:
            res.append(x)
        else:
            j = random.randint(0, i)
            if j < k:
                res[j] = x
    return res
print(reservoir(range(1000), 5))
def fisher_yates(a):
    a = a[:]
    for i in range(len(a) - 1, 0, -1):
        j = random.randrange(i + 1)
        a[i], a[j] = a[j], a[i]
    return a
print(fisher_yates(list("abcdefgh")))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 20000)
print(random.sample(["x", "y", "z"], 3), random.choice([10, 20, 30]), random.randbytes(4).hex())
