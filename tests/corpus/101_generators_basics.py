# Corpus: generator functions, generator expressions, laziness and exhaustion.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(g))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(list(islice(fib(), 15)))
def evens(limit):
    return (n for n in range(limit) if n % 2 == 0)
print(list(evens(10)), max(x % 7 for x in range(20)))
def with_return():
    yield 1
    return "result"
try:
    g2 = with_return()
    next(g2)
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
