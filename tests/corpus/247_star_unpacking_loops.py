# Corpus: starred unpacking inside for loops, function calls and return values.
records = [("ann", 90, 85, 77), ("bob", 60), ("cy", 70, 100)]
for name, *scores in records:
    print(name, scores, sum(scores) / len(scores))
def min_max(*xs):
    return min(xs), max(xs)
lo, hi = min_max(*[4, 9, 1])
print(lo, hi)
first, *_, last = min_max(3, 1, 2) + (99,)
print(first, last)
pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a + b + c, end=" ")
print()
head, *tail = "x"
print(head, tail)
print(*(n * n for n in range(4)), sep=", ")
def kw_only(*, a, b):
    return a - b
print(kw_only(**dict(b=1, a=10)))
