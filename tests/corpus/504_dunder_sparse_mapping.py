# Corpus: a sparse mapping with __getitem__ defaults, __setitem__, __delitem__ and tuple keys written as s[1, 2].
class Sparse:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
s = Sparse()
s[5] = 3
s[(1, 2)] = 4
del s[5]
print(s[5], s[(1, 2)], s[1, 2], s.d)
