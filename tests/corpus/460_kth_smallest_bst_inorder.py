# Corpus: iterative inorder traversal for the k-th smallest BST element and BST range sums.
class N:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
def kth_smallest(root, k):
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.l
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.v
        node = node.r
def range_sum(n, lo, hi):
    if not n:
        return 0
    if n.v < lo:
        return range_sum(n.r, lo, hi)
    if n.v > hi:
        return range_sum(n.l, lo, hi)
    return n.v + range_sum(n.l, lo, hi) + range_sum(n.r, lo, hi)
root = N(10, N(5, N(3), N(7)), N(15, None, N(18)))
print([kth_smallest(root, k) for k in range(1, 7)], range_sum(root, 7, 15), range_sum(root, 100, 200))
