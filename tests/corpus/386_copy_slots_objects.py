# Corpus: copying objects that use __slots__, and copy.copy on built-in containers and custom classes.
import copy
class P:
    __slots__ = ("x", "items")
    def __init__(self, x, items):
        self.x, self.items = x, items
p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(3)
print(q.x, q.items, r.items, q.items is p.items, r.items is p.items)
class Plain:
    def __init__(self):
        self.data = {"k": [1]}
o = Plain()
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
o.data["k"].append(2)
print(o2.data, o3.data)
print(copy.copy([1, [2]])[1] is not None, copy.copy("s"), copy.copy(5), copy.deepcopy({1: {2: 3}}), copy.copy(frozenset([1])))
