# Corpus: iteration order of sets of small ints, which CPython hashes to themselves.
s = {5, 3, 9, 1, 7}
print(s)
print(list(s))
print({3, 1, 2}, set([30, 10, 20]), {x % 7 for x in range(20, 0, -1)})
print(set(range(10, 0, -2)), frozenset([4, 2, 8]))
u = {10, 2} | {5, 1}
print(u, {1, 2, 3} & {3, 2}, {9, 8, 1} - {8}, {1, 2} ^ {2, 3})
for x in {40, 4, 14}:
    print(x, end=" ")
print()
print(sorted({5, 3, 9}), min({5, 3}), sum({1, 2, 3}))
