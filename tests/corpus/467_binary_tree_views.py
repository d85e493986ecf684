# Corpus: binary tree views: right side view, zigzag level order, vertical order and diameter.
from collections import deque, defaultdict
class T:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
root = T(3, T(9, T(4), T(0, None, T(2))), T(20, T(15), T(7)))
def levels(n):
    out, q = [], deque([n])
    while q:
        out.append([x.v for x in q])
        q = deque(c for x in q for c in (x.l, x.r) if c)
    return out
print([lvl[-1] for lvl in levels(root)], [lvl if i % 2 == 0 else lvl[::-1] for i, lvl in enumerate(levels(root))])
cols = defaultdict(list)
q = deque([(root, 0, 0)])
while q:
    n, row, col = q.popleft()
    cols[col].append((row, n.v))
    for child, dc in ((n.l, -1), (n.r, 1)):
        if child:
            q.append((child, row + 1, col + dc))
print([[v for _, v in sorted(cols[c])] for c in sorted(cols)])
best = 0
def depth(n):
    global best
    if not n:
        return 0
    l, r = depth(n.l), depth(n.r)
    best = max(best, l + r)
    return 1 + max(l, r)
depth(root)
print(best)
