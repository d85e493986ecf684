# Corpus: decimal.Decimal exact arithmetic, quantize with rounding modes and context precision.
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), D(0.1))
print(D("1.10") * 3, D("10") / D("4"), D("1") / D("3"), D("2").sqrt())
for v in ["2.675", "2.665", "-2.5", "0.125"]:
    d = D(v)
    print(v, d.quantize(D("0.01"), rounding=ROUND_HALF_UP), d.quantize(D("0.01"), rounding=ROUND_HALF_EVEN), d.quantize(D("1"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0)
print(getcontext().prec, D("3.14159").as_tuple(), D("-0"), D("1e3"), D("1E+3").normalize(), D("100").normalize())
print(D("12.345").quantize(D("1.0")), round(D("2.5")), round(D("3.5")), round(D("2.345"), 2), int(D("-7.9")))
print(sorted([D("1.5"), D("0.5"), D("1.25")]), max(D("2"), D("2.0")), D("2") == D("2.00"), str(D("2.00")))
print(D("7") % D("3"), D("-7") % D("3"), D("-7") // D("3"), divmod(D("7.5"), 2), f"{D('1234.5678'):,.2f}")
print(sum([D("0.1")] * 10), D(10) ** 20, D("NaN").is_nan(), D("Infinity") > 10 ** 100)
