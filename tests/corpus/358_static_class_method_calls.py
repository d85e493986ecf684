# Corpus: calling static, class and instance methods through instances, classes and subclasses.
class Base:
    name = "base"
    def inst(self):
        return f"inst on {type(self).__name__}"
    @classmethod
    def cls(cls):
        return f"cls on {cls.__name__} ({cls.name})"
    @staticmethod
    def stat(x):
        return f"stat {x}"
class Derived(Base):
    name = "derived"
    @classmethod
    def cls(cls):
        return "derived says: " + super().cls()
b, d = Base(), Derived()
print(b.inst(), d.inst(), Base.inst(d))
print(b.cls(), d.cls(), Base.cls(), Derived.cls())
print(b.stat(1), Derived.stat(2), d.stat(3))
try:
    Base.inst()
except TypeError:
    print("TypeError: missing self")
f = d.inst
print(f(), f.__self__ is d, f.__func__ is Base.inst, Derived.cls.__self__ is Derived)
