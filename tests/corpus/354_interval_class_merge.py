# Corpus: an Interval class with ordering, overlap tests, union via __or__, and merging through sorting.
from functools import total_ordering
@total_ordering
class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi
    def __eq__(self, o):
        return (self.lo, self.hi) == (o.lo, o.hi)
    def __lt__(self, o):
        return (self.lo, self.hi) < (o.lo, o.hi)
    def overlaps(self, o):
        return self.lo <= o.hi and o.lo <= self.hi
    def __or__(self, o):
        if not self.overlaps(o):
            raise ValueError("disjoint")
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))
    def __contains__(self, x):
        return self.lo <= x <= self.hi
    def __len__(self):
        return self.hi - self.lo
    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"
def merge(ivs):
    out = []
    for iv in sorted(ivs):
        out[-1:] = [out[-1] | iv] if out and out[-1].overlaps(iv) else out[-1:] + [iv]
    return out
ivs = [Interval(5, 8), Interval(1, 3), Interval(2, 4), Interval(10, 10), Interval(8, 9)]
print(sorted(ivs), merge(ivs), 3 in Interval(1, 3), len(Interval(2, 7)), max(ivs))
for bad in [lambda: Interval(3, 1), lambda: Interval(1, 2) | Interval(5, 6)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
