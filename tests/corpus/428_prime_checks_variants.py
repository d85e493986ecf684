# Corpus: primality tests: trial division, 6k±1, and deterministic Miller-Rabin for 64-bit numbers.
def trial(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
def six_k(n):
    if n < 4:
        return n > 1
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True
def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print(all(trial(n) == six_k(n) == miller_rabin(n) for n in range(2000)))
print([miller_rabin(n) for n in (2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 561, 1_000_000_007, 999_999_999_989)])
