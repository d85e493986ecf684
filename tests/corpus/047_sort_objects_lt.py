# Corpus: sorting objects by defining __lt__, and functools.total_ordering.
from functools import total_ordering

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"V({self.s})"

vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.10"]]
print(sorted(vs), max(vs), min(vs))

@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __eq__(self, other):
        return self.r == other.r
    def __lt__(self, other):
        return self.ranks.index(self.r) < self.ranks.index(other.r)
    def __repr__(self):
        return self.r

hand = [Card(c) for c in "KA2TJ"]
print(sorted(hand), Card("K") >= Card("Q"), Card("2") > Card("3"), Card("5") <= Card("5"))
