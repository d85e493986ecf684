# Corpus: collections.namedtuple: fields, defaults, _replace, _asdict, _make and subclassing.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([7, 8]))
x, y = p
print(x + y, p == (3, 4), len(p), isinstance(p, tuple))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("ann", "eng"), Emp._field_defaults)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
print(abs(Vec(3, 4)), Vec(1, 2) + Vec(3, 4), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError:
    print("AttributeError: can't set attribute")
R = namedtuple("R", "a def", rename=True)
print(R._fields)
