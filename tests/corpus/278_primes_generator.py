# Corpus: an infinite prime generator (incremental sieve) consumed with islice and takewhile.
from itertools import islice, takewhile, count
def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
print(list(islice(primes(), 25)))
print(sum(takewhile(lambda p: p < 10000, primes())))
print(next(p for p in primes() if p > 10 ** 4), list(islice(primes(), 999, 1000)))
twins = ((a, b) for a, b in zip(primes(), islice(primes(), 1, None)) if b - a == 2)
print(list(islice(twins, 8)))
