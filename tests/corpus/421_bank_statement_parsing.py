# Corpus: parsing transaction lines from stdin, validating them and printing a statement with running balance.
import sys
from decimal import Decimal
lines = [l.strip() for l in sys.stdin if l.strip() and not l.startswith("#")]
balance = Decimal("0")
errors = []
for i, line in enumerate(lines, 1):
    try:
        date, kind, amount = line.split(",")
        amt = Decimal(amount)
        if kind not in ("D", "W"):
            raise ValueError(f"bad kind {kind}")
    except ValueError as e:
        errors.append((i, str(e) if "kind" in str(e) else "malformed"))
        continue
    balance += amt if kind == "D" else -amt
    print(f"{date} {kind} {amt:>8} {balance:>10}")
print("errors:", errors)
