# Corpus: __new__ for immutable subclasses of int/str/tuple, and __new__ versus __init__ order.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self)}°C"

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

print(Celsius(21.5), Celsius(10) + 1, type(Celsius(10) + 1).__name__, Upper("shout"), Upper("a") + "b", Pair(1, 2), Pair(1, 2).first)
class Traced:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
    def __init__(self, x):
        print("__init__", x)
        self.x = x
t = Traced(5)
print(t.x, isinstance(Upper("x"), str), Upper("x") == "X")
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8), Even(7) * 3, [Even(i) for i in range(5)])
