# Corpus: __index__ makes custom objects usable as list indices, in slices, with bin()/hex() and range().
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(6):Idx(2)], bin(Idx(5)), hex(Idx(255)), list(range(Idx(3))), "xy" * Idx(2))
import operator
print(operator.index(Idx(7)), [0] * Idx(3), data[-Idx(1)] if hasattr(Idx, "__neg__") else data[Idx(-1)])
class NotIdx:
    def __int__(self):
        return 3
try:
    data[NotIdx()]
except TypeError:
    print("TypeError: __int__ is not enough for indexing")
print(int(NotIdx()), int(Idx(4)) if hasattr(Idx, "__int__") else operator.index(Idx(4)))
