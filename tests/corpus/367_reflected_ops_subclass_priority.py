# Corpus: reflected operator priority: a subclass's __radd__ runs before the parent's __add__.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({self.v}, {getattr(o, 'v', o)})"
    def __radd__(self, o):
        return f"Base.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __eq__(self, o):
        return f"Base.__eq__"
class Sub(Base):
    def __radd__(self, o):
        return f"Sub.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __eq__(self, o):
        return "Sub.__eq__"
print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
print(1 + Base(3), Base(3) + 1)
print(Base(1) == Sub(2), Sub(1) == Base(2))
class Num(int):
    def __radd__(self, o):
        return "Num.__radd__"
print(5 + Num(3), Num(3) + 5)
