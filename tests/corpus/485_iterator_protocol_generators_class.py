# Corpus: a class whose __iter__ is a generator, with __reversed__, __len__ and slicing through itertools.
from itertools import islice
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.start + 1)
    def __len__(self):
        return max(self.start, 0)
c = Countdown(5)
print(list(c), list(reversed(c)), len(c), list(islice(c, 1, 4)), sum(c), sorted(c) == list(reversed(c)), list(Countdown(-1)))
