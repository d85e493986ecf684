# Corpus: enumerate idioms: start offsets, finding indices, enumerating pairs and reversed enumeration.
words = ["alpha", "beta", "gamma", "beta", "delta"]
print([i for i, w in enumerate(words) if w == "beta"], next(i for i, w in enumerate(words) if w.startswith("g")))
for lineno, w in enumerate(words, start=1):
    if lineno % 2:
        print(f"{lineno:>2}: {w}")
print(list(enumerate(reversed(words))), [(len(words) - 1 - i, w) for i, w in enumerate(reversed(words))][:2])
grid = ["ab", "cd"]
print([(r, c, ch) for r, row in enumerate(grid) for c, ch in enumerate(row)])
print(dict(enumerate("xyz")), {w: i for i, w in enumerate(words)})
print(max(enumerate([3, 9, 2, 9]), key=lambda p: p[1]), min(range(4), key=[3, 9, 2, 9].__getitem__))
