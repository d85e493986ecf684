# Corpus: iterating sys.stdin directly with enumerate, parsing key-value records.
import sys
from collections import defaultdict
totals = defaultdict(int)
bad = []
for lineno, line in enumerate(sys.stdin, start=1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        key, value = line.split("=")
        totals[key.strip()] += int(value)
    except ValueError:
        bad.append(lineno)
print(dict(totals), bad)
