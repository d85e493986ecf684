# Corpus: a Rational number class with normalisation, arithmetic, ordering and hashing consistent with ==.
from math import gcd
from functools import total_ordering

@total_ordering
class Rational:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

a, b = Rational(1, 2), Rational(2, -6)
print(a, b, a + b, a * b, a + 1, 1 + a, sum([Rational(1, n) for n in range(1, 5)]), Rational(4, 2) == 2)
print(sorted([Rational(3, 4), Rational(-1, 2), Rational(2, 3)]), a >= b, len({Rational(1, 2), Rational(2, 4)}))
