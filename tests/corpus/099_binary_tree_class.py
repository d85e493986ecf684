# Corpus: a binary search tree: insert, traversals, height, validation and level order.
from collections import deque
class TreeNode:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None

def insert(root, v):
    if root is None:
        return TreeNode(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

def inorder(n):
    return inorder(n.left) + [n.val] + inorder(n.right) if n else []

def preorder(n):
    return [n.val] + preorder(n.left) + preorder(n.right) if n else []

def height(n):
    return 1 + max(height(n.left), height(n.right)) if n else 0

def is_bst(n, lo=float("-inf"), hi=float("inf")):
    return n is None or (lo < n.val < hi and is_bst(n.left, lo, n.val) and is_bst(n.right, n.val, hi))

def levels(root):
    out, q = [], deque([root] if root else [])
    while q:
        out.append([n.val for n in q])
        q = deque(c for n in q for c in (n.left, n.right) if c)
    return out

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(inorder(root), preorder(root), height(root), is_bst(root), levels(root))
root.left.val = 99
print(is_bst(root), levels(None), height(None))
