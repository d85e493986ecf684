# Corpus: sorting mixed numeric types (int, float, Fraction, Decimal, bool) and equality across them.
from fractions import Fraction
from decimal import Decimal
vals = [3, 2.5, Fraction(5, 2), Decimal("2.4"), True, -1, 0.0, Fraction(-3, 2)]
print(sorted(vals, key=float), sorted(vals, key=lambda v: (float(v), type(v).__name__)))
print(max(vals, key=float), min(vals, key=float), 2.5 == Fraction(5, 2), Decimal("2.5") == 2.5, Decimal("0.1") == 0.1)
print(sorted([1, 1.0, True]), sorted([Fraction(1, 3), 0.3333]), [type(v).__name__ for v in sorted([2, 1.5, Fraction(1, 2)])])
