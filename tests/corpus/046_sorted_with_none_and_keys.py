# Corpus: sorting lists that contain None, mixed-length tuples and reversed secondary keys.
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)))
print(sorted(vals, key=lambda v: (v is not None, v or 0)))
rows = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(rows, key=lambda r: (-r[1], r[0])))
print(sorted(rows, key=lambda r: r[1], reverse=True))
print(sorted([(1,), (1, 0), (0, 5, 5), ()]))
try:
    sorted([None, 1])
except TypeError:
    print("TypeError comparing None and int")
print(sorted([True, False, True, 0, 1]), sorted("bAcB", key=str.casefold))
print(sorted([1.5, float("inf"), -float("inf"), 0]))
print(list(reversed(sorted([3, 1, 2]))), sorted(range(5), key=lambda i: i % 2))
