# Corpus: primes: sieve of Eratosthenes, trial division, prime factorisation.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]

def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

primes = sieve(100)
print(primes, len(sieve(10000)))
print(factorize(360), factorize(97), factorize(1), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
print(sum(sieve(2000)), [p for p in primes if str(p) == str(p)[::-1]])
