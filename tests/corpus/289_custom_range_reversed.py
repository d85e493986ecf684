# Corpus: a custom range-like class with __iter__, __reversed__, __len__, __getitem__ and __contains__.
class Span:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i * self.step
    def __iter__(self):
        v = self.start
        while v < self.stop:
            yield v
            v += self.step
    def __reversed__(self):
        return (self[i] for i in range(len(self) - 1, -1, -1))
    def __contains__(self, x):
        return self.start <= x < self.stop and (x - self.start) % self.step == 0

s = Span(3, 20, 4)
print(list(s), len(s), s[0], s[-1], s[1:4], s[::-2], list(reversed(s)), 11 in s, 12 in s, list(Span(5, 5)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
