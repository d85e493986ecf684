# Corpus: union-find with path compression and union by rank: components and Kruskal's MST.
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

d = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 8)]:
    d.union(a, b)
print(d.count, d.find(0) == d.find(2), d.find(4) == d.find(5), sorted({d.find(i) for i in range(10)}).__len__())
edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
mst = DSU(7)
chosen = [(u, v, w) for w, u, v in sorted(edges) if mst.union(u, v)]
print(chosen, sum(w for _, _, w in chosen))
