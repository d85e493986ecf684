# Corpus: binary tree answers: maximum path sum (nonlocal best) and lowest common ancestor.
class T:
    def __init__(self, v, l=None, r=None):
        self.val, self.left, self.right = v, l, r
def build(level):
    if not level:
        return None
    nodes = [T(v) if v is not None else None for v in level]
    kids = nodes[::-1]
    root = kids.pop()
    for node in nodes:
        if node:
            if kids:
                node.left = kids.pop()
            if kids:
                node.right = kids.pop()
    return root
def max_path(root):
    best = float("-inf")
    def gain(n):
        nonlocal best
        if not n:
            return 0
        l, r = max(gain(n.left), 0), max(gain(n.right), 0)
        best = max(best, n.val + l + r)
        return n.val + max(l, r)
    gain(root)
    return best
def lca(n, p, q):
    if not n or n.val in (p, q):
        return n
    l, r = lca(n.left, p, q), lca(n.right, p, q)
    return n if l and r else l or r
t = build([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
print(lca(t, 5, 1).val, lca(t, 5, 4).val, lca(t, 7, 8).val)
print(max_path(build([-10, 9, 20, None, None, 15, 7])), max_path(build([-3])), max_path(build([1, 2, 3])))
