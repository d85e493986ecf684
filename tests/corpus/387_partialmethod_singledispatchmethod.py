# Corpus: functools.partialmethod and singledispatchmethod inside classes.
from functools import partialmethod, singledispatchmethod
class Light:
    def __init__(self):
        self.state = "off"
    def set_state(self, state):
        self.state = state
        return self
    on = partialmethod(set_state, "on")
    off = partialmethod(set_state, "off")
l = Light()
print(l.on().state, l.off().state)
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"object:{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"
    @fmt.register
    def _(self, arg: list):
        return "list:" + ",".join(self.fmt(a) for a in arg)
f = Formatter()
print(f.fmt(5), f.fmt("s"), f.fmt([1, "x", [2]]))
