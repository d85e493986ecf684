# Corpus: identity versus equality for None and singletons, chained comparisons, and comparing containers.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, type(None)() is None)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 0 < x < 3, 1 < 2 < 3 < 4 < 5 > 0, 3 > 2 == 2)
print([1, 2] < [1, 2, 0], (1, 2) == (1, 2), [1, [2]] == [1, [2]], {1: [2]} == {1: [2]}, "abc" < "abd")
def check(v):
    if v is None:
        return "none"
    if v == 0:
        return "zero"
    return "other"
print([check(v) for v in [None, 0, 0.0, False, [], 1]])
print(float("nan") is float("nan") or "nan identity not guaranteed", [None] * 3 == [None, None, None])
