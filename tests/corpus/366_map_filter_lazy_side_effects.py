# Corpus: map and filter are lazy iterators: side effects happen on consumption, only once.
log = []
def square(x):
    log.append(x)
    return x * x
m = map(square, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log, list(m))
f = filter(lambda x: log.append(("f", x)) or x % 2, range(5))
print(log[-1:], list(f), log[-5:])
r = reversed([1, 2, 3])
s = sorted([3, 1, 2])
print(type(r).__name__, type(s).__name__, list(r), list(r), s, s)
z = zip([1, 2], [3, 4])
print(list(z), list(z), type(range(3)).__name__, list(range(3)), list(range(3)))
