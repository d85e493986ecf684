# Corpus: lowest common ancestor with parent pointers (ancestor sets) in a dict-based tree.
parent = {"b": "a", "c": "a", "d": "b", "e": "b", "f": "c", "g": "e", "h": "e"}
def ancestors(x):
    out = [x]
    while x in parent:
        x = parent[x]
        out.append(x)
    return out
def lca(x, y):
    seen = set(ancestors(x))
    return next(a for a in ancestors(y) if a in seen)
def dist(x, y):
    a = lca(x, y)
    return ancestors(x).index(a) + ancestors(y).index(a)
print(lca("g", "h"), lca("g", "d"), lca("g", "f"), lca("a", "h"), dist("g", "f"), dist("d", "d"))
depth = {n: len(ancestors(n)) - 1 for n in "abcdefgh"}
print(depth, max(depth, key=depth.get))
