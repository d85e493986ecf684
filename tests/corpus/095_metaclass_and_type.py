# Corpus: type() for creating classes, a simple metaclass and singletons.
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
print(Dyn().hello(), Dyn.__name__, type(Dyn).__name__, type(type).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Db(metaclass=Singleton):
    def __init__(self):
        print("connecting")

a, b = Db(), Db()
print(a is b, type(Db).__name__)

class Upper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns)

class Shout(metaclass=Upper):
    greet = "hello"
print(hasattr(Shout, "GREET"), hasattr(Shout, "greet"), Shout.GREET)
print(isinstance(3, int), type(3) is int, int.__mro__, object.__bases__)
