# Corpus: class and instance __dict__ keep definition/assignment order; vars() and dir() (sorted) differ.
class Config:
    zeta = 1
    alpha = 2
    def method(self):
        pass
    mid = 3
print([k for k in vars(Config) if not k.startswith("__")])
c = Config()
c.second = 2
c.first = 1
c.third = 3
print(vars(c), list(c.__dict__))
print([n for n in dir(c) if not n.startswith("__")])
class Child(Config):
    beta = 4
print([k for k in Child.__dict__ if not k.startswith("__")], Child.zeta)
print(list(Config.__annotations__) if hasattr(Config, "__annotations__") and Config.__annotations__ else "no annotations")
class Annotated:
    b: int = 1
    a: str = "x"
    c: float
print(list(Annotated.__annotations__))
