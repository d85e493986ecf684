# Corpus: an LRU cache using only a plain dict's insertion order (pop and reinsert).
class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d:
            return -1
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            del self.d[next(iter(self.d))]

c = LRU(3)
ops = [("put", 1, "a"), ("put", 2, "b"), ("put", 3, "c"), ("get", 1), ("put", 4, "d"), ("get", 2), ("get", 3), ("put", 5, "e"), ("get", 1), ("get", 4)]
for op in ops:
    if op[0] == "put":
        c.put(op[1], op[2])
    else:
        print(op[1], c.get(op[1]))
print(list(c.d.items()))
