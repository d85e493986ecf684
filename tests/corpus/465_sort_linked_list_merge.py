# Corpus: merge sort on a linked list (split with slow/fast pointers) and insertion sort on a list of nodes.
class L:
    def __init__(self, v, n=None):
        self.v, self.n = v, n
def from_list(xs):
    head = None
    for x in reversed(xs):
        head = L(x, head)
    return head
def to_list(h):
    out = []
    while h:
        out.append(h.v)
        h = h.n
    return out
def merge(a, b):
    dummy = t = L(0)
    while a and b:
        if a.v <= b.v:
            t.n, a = a, a.n
        else:
            t.n, b = b, b.n
        t = t.n
    t.n = a or b
    return dummy.n
def sort(h):
    if not h or not h.n:
        return h
    slow, fast = h, h.n
    while fast and fast.n:
        slow, fast = slow.n, fast.n.n
    mid, slow.n = slow.n, None
    return merge(sort(h), sort(mid))
print(to_list(sort(from_list([4, 2, 1, 3]))), to_list(sort(from_list([-1, 5, 3, 4, 0, 5]))), to_list(sort(None)))
