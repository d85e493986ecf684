# Corpus: dict methods: get, setdefault, pop, popitem, update, merge operators, views.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("w", 0)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print({"a": 1} | {"b": 2, "a": 3}, dict.fromkeys("abc", 0), dict(zip("xyz", range(3))))
e = dict(d)
e |= {"new": 1}
print(len(e), "new" in e, "new" in d, 9 in d.values())
try:
    d["missing"]
except KeyError as exc:
    print("KeyError", exc, repr(exc))
print(d == {"y": 10, "w": 0, "x": 9, "a": 1, "d": 4}, {1: "a"} == {1.0: "a"})
keys = d.keys()
d["late"] = 1
print(list(keys)[-1], keys & {"a", "zz"}, sorted(keys - {"a"}))
