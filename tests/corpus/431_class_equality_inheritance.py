# Corpus: __eq__ across a class hierarchy: isinstance versus type checks and symmetry of comparisons.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None
class ColorPoint(Point):
    def __init__(self, x, y, color):
        super().__init__(x, y)
        self.color = color
    def __eq__(self, other):
        if isinstance(other, ColorPoint):
            return super().__eq__(other) and self.color == other.color
        return super().__eq__(other)
p, cp, cq = Point(1, 2), ColorPoint(1, 2, "red"), ColorPoint(1, 2, "blue")
print(p == cp, cp == p, cp == cq, p == (1, 2), p != Point(1, 3), [p].count(cp))
try:
    {p}
except TypeError:
    print("TypeError: unhashable Point")
