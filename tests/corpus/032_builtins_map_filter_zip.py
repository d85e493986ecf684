# Corpus: map, filter, zip (strict too), enumerate, reversed, sum with start, min/max defaults.
nums = [4, -1, 7, 0, -3]
print(list(map(abs, nums)), list(filter(None, nums)), list(filter(lambda n: n > 0, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(zip("abc", range(10))), list(zip()), dict(zip(["k1", "k2"], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError from strict zip")
print(list(enumerate("xy", 10)), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(sum([[1], [2, 3]], []), sum([0.1] * 10), sum(range(5), 100))
print(max([], default="empty"), min([3, 1, 2], key=lambda v: -v), max(3, 7, 5), min("bca"))
print(sorted(map(str, [10, 9, 100])), list(map(int, "1 2 3".split())))
print(abs(-3.5), abs(3 + 4j), divmod(7.5, 2), pow(2, 0.5), round(2 ** 0.5, 4))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(isinstance(True, int), issubclass(bool, int), callable(len), type(len).__name__)
print(list(iter([1, 2, 3].pop, 1)))
