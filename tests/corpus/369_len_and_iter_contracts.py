# Corpus: protocol contracts: __len__ must return a non-negative int, __iter__ must return an iterator.
class NegLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
class BadIter:
    def __iter__(self):
        return [1, 2]
class OnePass:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for obj, op in [(NegLen(), len), (FloatLen(), len), (BadIter(), iter)]:
    try:
        op(obj)
    except (ValueError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__)
o = OnePass()
print(list(o), list(o), sum(OnePass()))
