# Corpus: sparse vectors as dicts: dot products, cosine similarity and addition.
import math
class Sparse:
    def __init__(self, values):
        self.d = {i: v for i, v in enumerate(values) if v}
    def dot(self, other):
        small, big = sorted((self.d, other.d), key=len)
        return sum(v * big.get(i, 0) for i, v in small.items())
    def norm(self):
        return math.sqrt(sum(v * v for v in self.d.values()))
a = Sparse([1, 0, 0, 2, 3])
b = Sparse([0, 3, 0, 4, 0])
print(a.d, b.d, a.dot(b), round(a.dot(b) / (a.norm() * b.norm()), 6), Sparse([0, 0]).d)
