# Corpus: an LFU cache with frequency buckets (defaultdict of OrderedDict) and least-recent tie-breaking.
from collections import defaultdict, OrderedDict
class LFU:
    def __init__(self, cap):
        self.cap, self.vals, self.freq = cap, {}, {}
        self.buckets = defaultdict(OrderedDict)
        self.min_f = 0
    def _touch(self, k):
        f = self.freq[k]
        del self.buckets[f][k]
        if not self.buckets[f] and self.min_f == f:
            self.min_f += 1
        self.freq[k] = f + 1
        self.buckets[f + 1][k] = None
    def get(self, k):
        if k not in self.vals:
            return -1
        self._touch(k)
        return self.vals[k]
    def put(self, k, v):
        if self.cap == 0:
            return
        if k in self.vals:
            self.vals[k] = v
            self._touch(k)
            return
        if len(self.vals) == self.cap:
            old, _ = self.buckets[self.min_f].popitem(last=False)
            del self.vals[old], self.freq[old]
        self.vals[k], self.freq[k], self.min_f = v, 1, 1
        self.buckets[1][k] = None
c = LFU(2)
c.put(1, 1); c.put(2, 2)
out = [c.get(1)]
c.put(3, 3)
out += [c.get(2), c.get(3)]
c.put(4, 4)
out += [c.get(1), c.get(3), c.get(4)]
print(out)
