# Corpus: dict comprehensions: inverting, grouping, filtering and nested dicts.
d = {"a": 1, "b": 2, "c": 1, "d": 3}
inv = {}
for k, v in d.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 1})
print({k: v ** 2 for k, v in zip("xyz", range(1, 4))})
nested = {"x": {"y": {"z": 1}}, "w": {"q": 2}}
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(nested))
print(sorted(d, key=d.get), max(d, key=lambda k: (d[k], k)), sum(d.values()))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
