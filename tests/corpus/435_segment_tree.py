# Corpus: a segment tree for range sums with point updates, checked against brute force.
class SegTree:
    def __init__(self, data):
        self.n = len(data)
        self.t = [0] * (2 * self.n)
        self.t[self.n:] = data
        for i in range(self.n - 1, 0, -1):
            self.t[i] = self.t[2 * i] + self.t[2 * i + 1]
    def update(self, i, v):
        i += self.n
        self.t[i] = v
        while i > 1:
            i //= 2
            self.t[i] = self.t[2 * i] + self.t[2 * i + 1]
    def query(self, lo, hi):
        res, lo, hi = 0, lo + self.n, hi + self.n
        while lo < hi:
            if lo & 1:
                res += self.t[lo]; lo += 1
            if hi & 1:
                hi -= 1; res += self.t[hi]
            lo //= 2; hi //= 2
        return res
data = [5, 3, 8, 6, 1, 4, 7, 2]
st = SegTree(data)
print([st.query(a, b) for a, b in [(0, 8), (2, 5), (3, 4), (0, 0)]])
st.update(3, 10)
data[3] = 10
print(all(st.query(a, b) == sum(data[a:b]) for a in range(8) for b in range(a, 9)))
