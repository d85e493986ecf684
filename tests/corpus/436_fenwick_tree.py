# Corpus: a Fenwick (binary indexed) tree for prefix sums and counting inversions.
class BIT:
    def __init__(self, n):
        self.t = [0] * (n + 1)
    def add(self, i, v):
        while i < len(self.t):
            self.t[i] += v
            i += i & -i
    def prefix(self, i):
        s = 0
        while i:
            s += self.t[i]
            i -= i & -i
        return s
def inversions(a):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    bit, inv = BIT(len(ranks)), 0
    for x in reversed(a):
        inv += bit.prefix(ranks[x] - 1)
        bit.add(ranks[x], 1)
    return inv
print(inversions([2, 4, 1, 3, 5]), inversions([5, 4, 3, 2, 1]), inversions([1, 2, 3]), inversions([3, 3, 1]))
b = BIT(10)
for i, v in enumerate([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], 1):
    b.add(i, v)
print([b.prefix(i) for i in range(11)])
