# Corpus: a hash map implemented with separate chaining, resizing, and the __getitem__/__setitem__/__contains__/__len__ dunders.
class HashMap:
    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0
    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]
    def __setitem__(self, key, value):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                b[i] = (key, value)
                return
        b.append((key, value))
        self.size += 1
        if self.size > 2 * len(self.buckets):
            items = [kv for b in self.buckets for kv in b]
            self.buckets = [[] for _ in range(len(self.buckets) * 2)]
            for k, v in items:
                self._bucket(k).append((k, v))
    def __getitem__(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)
    def __contains__(self, key):
        return any(k == key for k, _ in self._bucket(key))
    def __len__(self):
        return self.size
m = HashMap()
for i in range(20):
    m[i] = i * i
m[5] = "five"
print(len(m), m[5], m[19], 0 in m, 3 in m, len(m.buckets))
try:
    m[100]
except KeyError as e:
    print("KeyError", e)
