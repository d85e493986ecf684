# Corpus: Fibonacci six ways (recursive, memo dict, lru_cache, iterative, generator, matrix) agreeing.
from functools import lru_cache
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
memo = {0: 0, 1: 1}
def mem(n):
    if n not in memo:
        memo[n] = mem(n - 1) + mem(n - 2)
    return memo[n]
@lru_cache(None)
def cached(n):
    return n if n < 2 else cached(n - 1) + cached(n - 2)
def it(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def mat(n):
    def mul(x, y):
        return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
    r, m = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            r = mul(r, m)
        m = mul(m, m)
        n >>= 1
    return r[0][1]
from itertools import islice
print([rec(n) for n in range(15)] == list(islice(gen(), 15)), mem(200) == cached(200) == it(200) == mat(200), it(200))
