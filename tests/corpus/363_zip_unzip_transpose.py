# Corpus: zip for unzipping, transposing ragged data with zip_longest, pairing neighbours and dict building.
from itertools import zip_longest
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, list(zip(letters, numbers)) == pairs)
ragged = [[1, 2, 3], [4], [5, 6]]
print(list(zip(*ragged)), [list(col) for col in zip_longest(*ragged, fillvalue=0)])
xs = [3, 8, 2, 9, 4]
print([b - a for a, b in zip(xs, xs[1:])], [max(p) for p in zip(xs, xs[1:], xs[2:])])
keys, vals = ["x", "y", "z"], [10, 20]
print(dict(zip(keys, vals)), dict(zip_longest(keys, vals)))
print(list(zip(range(3), "ab", [True] * 5)), list(zip(*zip(*ragged[::2]))))
