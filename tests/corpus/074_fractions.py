# Corpus: fractions.Fraction arithmetic, normalisation, limit_denominator and from_float.
from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F(3, 4) * F(2, 3), F(1, 2) / F(1, 4), F(5, 10), F(-3, -6), F(2, -4))
print(F("3/7"), F("0.125"), F("1.5e2"), F(0.1), F(0.1).limit_denominator(10), F(3.75))
print(F(22, 7) - 3, float(F(22, 7)), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2))
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(2, 4) == F(1, 2), hash(F(1, 2)) == hash(0.5), max(F(1, 3), F(2, 5)))
print(sum(F(1, n) for n in range(1, 11)), F(1, 2) ** 3, F(4, 9) ** -1, F(9, 4) ** 0.5)
h = sum(F(1, n) for n in range(1, 21))
print(h.numerator, h.denominator, h.as_integer_ratio() == (h.numerator, h.denominator))
print(repr(F(3, 9)), str(F(6, 3)), F(7, 3) // 1, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)))
try:
    F(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
