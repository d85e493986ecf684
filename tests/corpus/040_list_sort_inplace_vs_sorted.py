# Corpus: list.sort versus sorted: return values, reverse, keys and sorting other iterables.
a = [5, 2, 8, 1]
r = a.sort()
print(r, a)
b = sorted([5, 2, 8, 1], reverse=True)
print(b, sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({9, 4, 7}))
print(sorted([-5, 3, -1, 2], key=abs), sorted([-5, 3, -1, 2], key=lambda x: (x < 0, abs(x))))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError: mixed types")
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, None)], key=lambda t: t[0]))
print(sorted([3.5, 1, 2.25, True]), sorted(["10", "9", "100"], key=int))
