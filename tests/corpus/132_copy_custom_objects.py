# Corpus: copying objects: __copy__/__deepcopy__ hooks, shared references and cycles.
import copy
class Node:
    def __init__(self, val):
        self.val, self.children = val, []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
root = Node(1)
child = Node(2)
root.children += [child, child]
clone = copy.deepcopy(root)
print(clone, clone.children[0] is clone.children[1], clone.children[0] is child)
shallow = copy.copy(root)
print(shallow.children is root.children)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[0], repr(cyc))
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, 2])
a, b = copy.copy(t), copy.deepcopy(t)
print(a.data is t.data, b.data is t.data, b.data == t.data)
