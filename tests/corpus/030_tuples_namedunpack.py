# Corpus: tuples: packing, single-element tuples, immutability and tuple comparison.
t = 1, 2, 3
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, type(single).__name__, type(not_tuple).__name__, ())
a, b, c = t
print(a + b + c, t.count(2), t.index(3), t + (4,), t * 2)
try:
    t[0] = 9
except TypeError:
    print("tuples are immutable")
x = ([1], 2)
x[0].append(5)
print(x)
print((1, 2) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2), (1, "a") < (1, "b"), max([(2, "b"), (2, "a"), (1, "z")]))
pts = [(3, 4), (1, 1), (0, 5)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), min(pts), sorted(pts, key=lambda p: -p[1]))
print(tuple("abc"), tuple(range(3)), tuple({1: 2}), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError:
    print("unhashable")
