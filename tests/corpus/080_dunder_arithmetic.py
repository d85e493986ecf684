# Corpus: a Vector class with arithmetic, comparison, reflected and in-place dunder methods.
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vector({', '.join(map(str, self.xs))})"
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.xs, other.xs)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return Vector(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self
    def __bool__(self):
        return any(self.xs)
    def __len__(self):
        return len(self.xs)

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, w - v, v * 3, 3 * v, v * w, -v, abs(w), v == Vector(1, 2), v != w, bool(Vector(0, 0)), len(v))
u = v
u += w
print(v, u is v, Vector(1) == 1)
try:
    v + 1
except AttributeError:
    print("AttributeError")
