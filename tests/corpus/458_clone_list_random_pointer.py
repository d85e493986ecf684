# Corpus: copying a linked list with random pointers using a dict from old nodes to new nodes.
class Node:
    def __init__(self, val):
        self.val, self.next, self.random = val, None, None
def build(vals, randoms):
    nodes = [Node(v) for v in vals]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    for node, r in zip(nodes, randoms):
        node.random = nodes[r] if r is not None else None
    return nodes[0] if nodes else None
def copy_list(head):
    m = {None: None}
    n = head
    while n:
        m[n] = Node(n.val)
        n = n.next
    n = head
    while n:
        m[n].next, m[n].random = m[n.next], m[n.random]
        n = n.next
    return m[head]
def dump(head):
    out, n, index = [], head, {}
    i = 0
    while n:
        index[n] = i
        n, i = n.next, i + 1
    n = head
    while n:
        out.append([n.val, index.get(n.random)])
        n = n.next
    return out
h = build([7, 13, 11, 10, 1], [None, 0, 4, 2, 0])
c = copy_list(h)
print(dump(c), dump(c) == dump(h), c is not h, c.next.random is not h)
