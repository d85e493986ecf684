# Corpus: mixing Fraction with int, float and Decimal: result types and exactness.
from fractions import Fraction
from decimal import Decimal
half = Fraction(1, 2)
for other in [1, 0.25, Fraction(1, 3), True]:
    r = half + other
    print(type(other).__name__, r, type(r).__name__)
print(Fraction(Decimal("1.25")), Fraction("  -7/21 "), Fraction(2.5).limit_denominator(), Fraction(1, 3) * 3 == 1)
try:
    half + Decimal("0.5")
except TypeError:
    print("TypeError: Fraction + Decimal")
print(Fraction(1, 3) ** 2, Fraction(8, 27) ** Fraction(1, 3), float(Fraction(10 ** 20, 3)), Fraction(1, 10 ** 30) > 0)
print(sorted([Fraction(2, 3), 0.6, Fraction(3, 5), 1]), Fraction(3, 4).numerator, abs(Fraction(-3, 4)))
