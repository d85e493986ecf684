# Corpus: printing an aligned report table with computed column widths and totals.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 99.99), ("Nut", 1000, 0.05)]
headers = ("Item", "Qty", "Price", "Total")
table = [(n, str(q), f"{p:.2f}", f"{q * p:,.2f}") for n, q, p in rows]
widths = [max(len(r[i]) for r in table + [headers]) for i in range(4)]
line = "+".join("-" * (w + 2) for w in widths)
print(line)
print(" | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))))
print(line)
for r in table:
    print(" | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print(line)
grand = sum(q * p for _, q, p in rows)
print(f"{'Grand total':<{sum(widths) + 6}} {grand:>10,.2f}")
