# Corpus: linked list rearrangements: odd-even grouping, reorder L0 Ln L1 Ln-1, and rotate right by k.
class L:
    def __init__(self, v, n=None):
        self.v, self.n = v, n
def mk(xs):
    h = None
    for x in reversed(xs):
        h = L(x, h)
    return h
def ls(h):
    return [h.v] + ls(h.n) if h else []
def odd_even(h):
    if not h:
        return h
    odd, even, even_head = h, h.n, h.n
    while even and even.n:
        odd.n = even.n; odd = odd.n
        even.n = odd.n; even = even.n
    odd.n = even_head
    return h
def reorder(h):
    nodes = []
    while h:
        nodes.append(h)
        h = h.n
    order = [nodes[k // 2] if k % 2 == 0 else nodes[-1 - k // 2] for k in range(len(nodes))]
    for a, b in zip(order, order[1:] + [None]):
        a.n = b
    return order[0] if order else None
def rotate(h, k):
    vals = ls(h)
    if not vals:
        return h
    k %= len(vals)
    return mk(vals[-k:] + vals[:-k])
print(ls(odd_even(mk([1, 2, 3, 4, 5]))), ls(reorder(mk([1, 2, 3, 4, 5]))), ls(reorder(mk([1, 2, 3, 4]))), ls(rotate(mk([0, 1, 2]), 4)))
