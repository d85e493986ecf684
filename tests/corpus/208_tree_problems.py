# Corpus: binary tree answers: build from level order, inorder traversal, invert, and symmetric check.
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
def invert(n):
    if n:
        n.left, n.right = invert(n.right), invert(n.left)
    return n
def inorder(n):
    return inorder(n.left) + [n.val] + inorder(n.right) if n else []
def symmetric(a, b):
    if not a or not b:
        return a is b
    return a.val == b.val and symmetric(a.left, b.right) and symmetric(a.right, b.left)
t = build([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
print(inorder(t))
print(inorder(invert(build([4, 2, 7, 1, 3, 6, 9]))), symmetric(*(lambda r: (r.left, r.right))(build([1, 2, 2, 3, 4, 4, 3]))))
