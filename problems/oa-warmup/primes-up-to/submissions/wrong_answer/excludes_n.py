# Sieves 0..n-1 only: when n itself is prime, it is left out.
n = int(input())
if n < 2:
    print(0, 0)
else:
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(n ** 0.5) + 1):
        if is_prime[p]:
            for multiple in range(p * p, n, p):
                is_prime[multiple] = False
    primes = [i for i in range(n) if is_prime[i]]
    print(len(primes), sum(primes))
