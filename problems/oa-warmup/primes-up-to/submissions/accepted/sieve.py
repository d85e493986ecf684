n = int(input())
is_prime = [True] * (n + 1)
is_prime[:2] = [False] * min(2, n + 1)  # 0 and 1 are not primes
p = 2
while p * p <= n:
    if is_prime[p]:
        is_prime[p * p::p] = [False] * len(range(p * p, n + 1, p))
    p += 1
primes = [i for i, flag in enumerate(is_prime) if flag]
print(len(primes), sum(primes))
