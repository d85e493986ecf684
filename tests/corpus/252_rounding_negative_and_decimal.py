# Corpus: rounding negative numbers, rounding to tens, math.floor/ceil on negatives and Decimal comparisons.
import math
from decimal import Decimal, ROUND_HALF_UP
for v in [-2.5, -1.5, -0.5, -3.45, -3.55, -1234.5678]:
    print(v, round(v), round(v, 1), math.floor(v), math.ceil(v), int(v), math.trunc(v))
for v in ["2.5", "3.5", "-2.5", "0.045"]:
    d = Decimal(v)
    print(v, round(d), d.quantize(Decimal("1"), rounding=ROUND_HALF_UP), round(float(v), 2), round(d, 2))
def round_half_up(x, nd=0):
    q = Decimal(10) ** -nd
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))
print([round_half_up(x, 2) for x in [2.675, 1.005, 0.125, -0.125]], [round(x, 2) for x in [2.675, 1.005, 0.125, -0.125]])
print(round(-0.0), round(0.49999999999999994), round(-7, -1), round(-15, -1), round(-25, -1))
