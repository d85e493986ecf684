# Corpus: dict order after deletions, re-insertions, pops and updates of existing keys.
d = dict.fromkeys(["a", "b", "c", "d", "e"], 0)
del d["b"]
d["b"] = 1
d["a"] = 99
d.pop("c")
d.update(c=3, a=100)
print(list(d.items()))
d.setdefault("z", 26)
d.setdefault("a", -1)
print(list(d))
k, v = d.popitem()
print(k, v, list(d))
items = list(d.items())
d.clear()
d.update(reversed(items))
print(d)
print({**{"x": 1, "y": 2}, "x": 3}, dict([("k", 1), ("j", 2), ("k", 3)]))
print(list({v: k for k, v in {"p": 1, "q": 2, "r": 1}.items()}.items()))
