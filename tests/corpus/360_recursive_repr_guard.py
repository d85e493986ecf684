# Corpus: reprs of self-referencing containers, and reprlib.recursive_repr for a custom class.
import reprlib
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d, repr(a))
class Node:
    def __init__(self, v):
        self.v, self.children = v, []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
print(n)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
