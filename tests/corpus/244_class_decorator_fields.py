# Corpus: a hand-made dataclass-like class decorator generating __init__, __repr__ and __eq__ from annotations.
def record(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} arguments")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.fields = tuple(fields)
    return cls

@record
class Point3:
    x: int
    y: int
    z: int

p = Point3(1, 2, 3)
print(p, p == Point3(1, 2, 3), p == Point3(1, 2, 4), Point3.fields, Point3.__hash__)
try:
    Point3(1)
except TypeError as e:
    print("TypeError:", e)
