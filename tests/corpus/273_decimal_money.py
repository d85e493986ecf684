# Corpus: money with Decimal: splitting a bill, tax with ROUND_HALF_UP, and why floats drift.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
CENT = Decimal("0.01")
items = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("3.333")]
subtotal = sum(items)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
total = (subtotal + tax).quantize(CENT, rounding=ROUND_HALF_UP)
print(subtotal, tax, total)
def split(amount, people):
    share = (amount / people).quantize(CENT, rounding=ROUND_DOWN)
    shares = [share] * people
    remainder = amount - share * people
    for i in range(int(remainder / CENT)):
        shares[i] += CENT
    return shares
print(split(Decimal("100.00"), 3), sum(split(Decimal("100.00"), 3)), split(Decimal("0.05"), 2))
print(sum([0.1] * 10) == 1.0, sum([Decimal("0.1")] * 10) == Decimal("1.0"), f"{total:>10}", f"{total:,.1f}")
