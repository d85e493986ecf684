# Corpus: __radd__ lets sum() work on custom objects starting from 0, and NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.cents})"

print(sum([Money(100), Money(250), Money(5)]), Money(1) + 0, 0 + Money(1))
try:
    Money(1) + "x"
except TypeError:
    print("TypeError for Money + str")
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ used"
print(Left() + Right())
print(sum([[1], [2]], []), sum([1.5, 2], 0.5), sum(range(4), start=10))
