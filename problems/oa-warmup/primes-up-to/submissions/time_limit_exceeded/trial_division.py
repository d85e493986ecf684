# Tests every number by trial division up to its square root: about O(n * sqrt(n)).
def is_prime(m):
    if m < 2:
        return False
    d = 2
    while d * d <= m:
        if m % d == 0:
            return False
        d += 1
    return True


n = int(input())
count = total = 0
for m in range(n + 1):
    if is_prime(m):
        count += 1
        total += m
print(count, total)
