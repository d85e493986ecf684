# Corpus: reading CSV from sys.stdin with the csv module and printing per-group aggregates.
import sys, csv
from collections import defaultdict
rows = list(csv.DictReader(line for line in sys.stdin if not line.startswith("#")))
totals = defaultdict(float)
counts = defaultdict(int)
for r in rows:
    totals[r["dept"]] += float(r["salary"])
    counts[r["dept"]] += 1
for dept in sorted(totals):
    print(f"{dept:<6} {counts[dept]} {totals[dept]:>10.2f} {totals[dept] / counts[dept]:>10.2f}")
print(max(rows, key=lambda r: float(r["salary"]))["name"], len(rows))
