# Corpus: decimal contexts: precision, rounding, traps for DivisionByZero and InvalidOperation, flags.
import decimal
from decimal import Decimal, localcontext
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero:
    print("DivisionByZero")
try:
    Decimal("abc")
except decimal.InvalidOperation:
    print("InvalidOperation")
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / Decimal(0), Decimal(-1) / Decimal(0))
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = decimal.ROUND_UP
    print(Decimal("1.001") + 0, Decimal(2) / 3, +Decimal("123456"))
print(Decimal("1.30") + Decimal("1.20"), Decimal("3") * Decimal("1.10"), Decimal("10") ** -2, Decimal(2).ln().quantize(Decimal("0.0001")))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), Decimal("0.1").compare(Decimal("0.10")), Decimal("0.10").normalize())
