# Corpus: dict keys that compare equal merge (1, 1.0, True), and the first key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), type(list(d)[0]).__name__)
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
s = {1, 1.0, True, 0, False, 0.0}
print(sorted(s), len(s))
print({0: "zero"}[False], {(1, 2): 1}[(1.0, 2.0)], hash(1) == hash(1.0) == hash(True))
from decimal import Decimal
from fractions import Fraction
print(len({1, Decimal(1), Fraction(1), 1.0}), {Fraction(1, 2): "half"}[0.5])
