# Corpus: big-integer sequences: the first Fibonacci number with 1000 digits, factorial trailing zeros.
import math
a, b, i = 1, 1, 2
while len(str(b)) < 1000:
    a, b = b, a + b
    i += 1
print(i, str(b)[:20], str(b)[-20:])
def trailing_zeros(n):
    count = 0
    while n:
        n //= 5
        count += n
    return count
f = math.factorial(1000)
s = str(f)
print(trailing_zeros(1000), len(s) - len(s.rstrip("0")), len(s), sum(map(int, s)))
print(2 ** 1000 % 10 ** 10, sum(map(int, str(2 ** 1000))), len(str(3 ** 2000)))
def fib_fast(n):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]
print(fib_fast(100), fib_fast(500) % 10 ** 12, fib_fast(4781) == b)
