# Corpus: Catalan numbers (three ways), Pascal's triangle and derangements with big integers.
from math import comb, factorial
def catalan_dp(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c
print(catalan_dp(15))
print([comb(2 * n, n) // (n + 1) for n in range(16)] == catalan_dp(15), comb(200, 100) // 101)
row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(40))
    row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
def derangements(n):
    d = [1, 0]
    for i in range(2, n + 1):
        d.append((i - 1) * (d[-1] + d[-2]))
    return d[n]
print([derangements(n) for n in range(10)], derangements(50), round(factorial(50) / derangements(50), 10))
