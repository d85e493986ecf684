# Corpus: serialising and deserialising a binary tree (preorder with null markers), round-tripping.
class T:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
def serialize(n):
    out = []
    def go(n):
        if n is None:
            out.append("#")
            return
        out.append(str(n.v))
        go(n.l)
        go(n.r)
    go(n)
    return ",".join(out)
def deserialize(s):
    it = iter(s.split(","))
    def go():
        tok = next(it)
        if tok == "#":
            return None
        return T(int(tok), go(), go())
    return go()
tree = T(1, T(2), T(3, T(4), T(5, None, T(-6))))
s = serialize(tree)
print(s, serialize(deserialize(s)) == s, serialize(None), serialize(deserialize("#")))
