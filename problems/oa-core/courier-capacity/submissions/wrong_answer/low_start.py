# Classic mistake: the search starts at 1 and the day count never checks that a single
# parcel fits in the van, so with many days it returns a capacity below the heaviest parcel.
import sys

data = sys.stdin.read().split()
n, d = int(data[0]), int(data[1])
weights = list(map(int, data[2:2 + n]))


def days_needed(capacity):
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    return days


lo, hi = 1, sum(weights)
while lo < hi:
    mid = (lo + hi) // 2
    if days_needed(mid) <= d:
        hi = mid
    else:
        lo = mid + 1
print(lo)
