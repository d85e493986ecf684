# Corpus: super() inside classmethods, __init_subclass__ and staticmethods calling parents explicitly.
class Shape:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(obj)
        return obj
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name})"
class Circle(Shape):
    @classmethod
    def create(cls, r):
        obj = super().create(f"r={r}")
        obj.r = r
        return obj
    @staticmethod
    def unit():
        return Circle.create(1)
print(Circle.create(3), Circle.unit(), Shape.create("generic"), Shape.registry)
print(Circle.create(2).r, isinstance(Shape.registry[0], Circle))
