# Corpus: __slots__ restricts attributes; __dict__, vars() and dir() on instances and classes.
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Open:
    def __init__(self):
        self.a = 1

s = Slotted(1, 2)
try:
    s.z = 3
except AttributeError:
    print("AttributeError: no z")
print(hasattr(s, "__dict__"), s.x + s.y, Slotted.__slots__)
o = Open()
o.b = 2
print(vars(o), o.__dict__, "a" in dir(o), [n for n in dir(o) if not n.startswith("__")])
class Sub(Slotted):
    pass
t = Sub(3, 4)
t.z = 5
print(t.z, vars(t))
del s.x
try:
    s.x
except AttributeError:
    print("AttributeError after del")
