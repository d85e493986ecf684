# Corpus: container dunders: __len__, __getitem__ (with slices), __contains__, __iter__ and __setitem__.
class Deck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "SHDC"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
d = Deck()
print(len(d), d[0], d[-1], d[12:15], "AS" in d, "ZZ" in d)
print([c for c in d][:3], list(reversed(d))[:2], sorted(d)[:3])
d[0] = "XX"
print(d[0])
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 3))
    def __contains__(self, x):
        print("contains called")
        return x % 3 == 0 and 0 <= x < self.n
r = Range3(10)
print(list(r), 6 in r, 7 in r, sum(r), max(r))
