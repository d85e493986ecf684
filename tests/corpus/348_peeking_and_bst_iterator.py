# Corpus: iterator wrappers: a peeking iterator and an in-order BST iterator with an explicit stack.
class Peeking:
    _EMPTY = object()
    def __init__(self, it):
        self.it = iter(it)
        self.nxt = next(self.it, self._EMPTY)
    def peek(self):
        return self.nxt
    def __next__(self):
        if self.nxt is self._EMPTY:
            raise StopIteration
        v, self.nxt = self.nxt, next(self.it, self._EMPTY)
        return v
    def __iter__(self):
        return self
p = Peeking([1, 2, 3])
print(p.peek(), next(p), p.peek(), list(p), p.peek() is Peeking._EMPTY)
class Node:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
class BSTIter:
    def __init__(self, root):
        self.stack = []
        self._push(root)
    def _push(self, n):
        while n:
            self.stack.append(n)
            n = n.l
    def __iter__(self):
        return self
    def __next__(self):
        if not self.stack:
            raise StopIteration
        n = self.stack.pop()
        self._push(n.r)
        return n.v
root = Node(7, Node(3), Node(15, Node(9), Node(20)))
print(list(BSTIter(root)), list(BSTIter(None)))
