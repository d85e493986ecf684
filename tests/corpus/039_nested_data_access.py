# Corpus: nested lists and dicts: deep get, counting leaves, flattening irregular lists.
data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}, {"name": "c"}]}
print([u.get("tags", []) for u in data["users"]])
print(sum(len(u.get("tags", [])) for u in data["users"]))
def deep_get(d, path, default=None):
    for key in path:
        try:
            d = d[key]
        except (KeyError, IndexError, TypeError):
            return default
    return d
print(deep_get(data, ["users", 0, "tags", 1]), deep_get(data, ["users", 5]), deep_get(data, ["users", 2, "tags"], "none"))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [], [[[]]], 8])))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]], []]), depth([]), depth(5))
