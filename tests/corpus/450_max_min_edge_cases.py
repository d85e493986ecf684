# Corpus: max/min argument forms: iterables versus several arguments, key with default, and errors.
print(max([3, 1, 4]), max(3, 1, 4), max("hello"), max([], default=None), min((), default="empty"))
print(max([("a", 2), ("b", 3), ("c", 3)], key=lambda p: p[1]), min(["bb", "a", "cc"], key=len))
print(max([1, 2], [1, 3]), max({"a": 5, "z": 1}), max({"a": 5, "z": 1}.values()), max(range(0), default=-1))
for bad in [lambda: max([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(max(float("nan"), 1), max(1, float("nan")), sorted([3, float("nan"), 1])[1] != 0)
