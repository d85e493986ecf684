# Corpus: descriptors: a typed attribute with __set_name__, __get__ and __set__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.__dict__["age"]).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        value = self.f(obj)
        setattr(obj, self.f.__name__, value)
        return value
class Data:
    @Lazy
    def heavy(self):
        print("computing once")
        return 42
d = Data()
print(d.heavy, d.heavy)
