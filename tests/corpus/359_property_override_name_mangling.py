# Corpus: overriding properties in subclasses, extending a parent's property, and __private name mangling.
class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._x = 1
    @property
    def x(self):
        return self._x
    def reveal(self):
        return self.__secret
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
    @property
    def x(self):
        return super().x * 100
    def reveal_child(self):
        return self.__secret
c = Child()
print(c.x, Base().x, c.reveal(), c.reveal_child())
print(sorted(k for k in vars(c)))
try:
    c.__secret
except AttributeError:
    print("AttributeError: mangled name")
print(c._Base__secret, c._Child__secret)
class Extended(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v
e = Extended()
e.x = 42
print(e.x, type(Extended.x).__name__)
