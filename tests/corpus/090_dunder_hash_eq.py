# Corpus: __eq__ and __hash__: objects as dict keys and set members; __eq__ without __hash__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(len(set(pts)), pts[0] == pts[1], pts[0] is pts[1], {Point(1, 2): "a"}[Point(1, 2)])
print(pts.count(Point(1, 2)), pts.index(Point(3, 4)), Point(1, 2) in pts)

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError:
    print("TypeError: unhashable type")
print(NoHash.__hash__ is None, NoHash() == 5, NoHash() != 5)

class Plain:
    pass
a, b = Plain(), Plain()
print(a == b, a == a, len({a, b, a}))
class Ne:
    def __eq__(self, o):
        return NotImplemented
print(Ne() == Ne(), Ne() != 1)
