# Corpus: a program that ends with an uncaught custom ValueError subclass with its own __str__.
class RangeCheck(ValueError):
    def __init__(self, value, lo, hi):
        self.value, self.lo, self.hi = value, lo, hi
    def __str__(self):
        return f"{self.value} is outside [{self.lo}, {self.hi}]"

def check(v):
    if not 0 <= v <= 100:
        raise RangeCheck(v, 0, 100)
    return v

for v in [5, 50, 150]:
    print("ok", check(v))
