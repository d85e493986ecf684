# Corpus: generator-based coroutines chained with send(): a filter feeding a sink.
def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start

@coroutine
def sink(results):
    while True:
        item = yield
        results.append(item)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())

@coroutine
def counter(target):
    n = 0
    while True:
        item = yield n
        n += 1
        target.send((n, item))

out = []
pipe = grep("py", counter(sink(out)))
for line in ["python", "java", "pypy", "rust", "cpython"]:
    pipe.send(line)
print(out)
