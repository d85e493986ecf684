# Corpus: __str__ vs __repr__ in containers and f-strings, and __format__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(str(self), spec)

m = Money(1234)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:words}", f"[{m:>10}]", "{}".format(m), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError:
    print("TypeError: __str__ returned non-string")
