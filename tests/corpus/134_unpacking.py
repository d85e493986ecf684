# Corpus: iterable unpacking: starred targets, nested unpacking, swaps and unpacking in literals.
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, (b, c), d = 1, (2, 3), 4
head, *mid, tail = range(5)
print(first, rest, init, last, a, b, c, d, head, mid, tail)
x, y = 1, 2
x, y = y, x
print(x, y)
_, *_, z = [9, 8, 7]
print(z)
print([*range(3), *"ab"], {*[1, 2], *(2, 3)} == {1, 2, 3}, {**{"a": 1}, **{"b": 2, "a": 3}})
print(*[1, 2], sep=",")
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError", type(e).__name__)
[m, n] = "ab"
(o,) = [5]
print(m, n, o)
matrix = [[1, 2], [3, 4]]
print([a + b for a, b in matrix], list(zip(*matrix)))
