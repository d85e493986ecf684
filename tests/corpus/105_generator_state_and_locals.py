# Corpus: generators keep local state between calls; generator objects' gi_ attributes and status.
import inspect
def counter(start=0):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        else:
            n += 1

c = counter(5)
print(inspect.getgeneratorstate(c))
print(next(c), next(c), next(c), c.send("reset"), next(c))
print(inspect.getgeneratorstate(c))
c.close()
print(inspect.getgeneratorstate(c))
def gen():
    yield 1
g = gen()
print(g.__name__, inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(counter))
list(g)
print(inspect.getgeneratorstate(g))
