# Corpus: date ranges: overlap detection, merging bookings, and nights between check-in and check-out.
from datetime import date, timedelta
bookings = [(date(2024, 7, 1), date(2024, 7, 5)), (date(2024, 7, 4), date(2024, 7, 8)), (date(2024, 7, 10), date(2024, 7, 12)), (date(2024, 7, 12), date(2024, 7, 13))]
def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]
print([(i, j) for i in range(len(bookings)) for j in range(i + 1, len(bookings)) if overlaps(bookings[i], bookings[j])])
merged = []
for s, e in sorted(bookings):
    if merged and s <= merged[-1][1]:
        merged[-1] = (merged[-1][0], max(merged[-1][1], e))
    else:
        merged.append((s, e))
print([(s.isoformat(), e.isoformat(), (e - s).days) for s, e in merged])
start = date(2024, 2, 26)
print([(start + timedelta(days=i)).strftime("%m/%d %a") for i in range(0, 7, 2)])
