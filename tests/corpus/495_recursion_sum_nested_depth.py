# Corpus: recursion over a nested list 700 levels deep, with the recursion limit raised.
import sys
sys.setrecursionlimit(1500)
nested = 1
for i in range(2, 701):
    nested = [i, nested]
def total(x):
    if isinstance(x, int):
        return x
    return total(x[0]) + total(x[1])
def depth(x):
    return 0 if isinstance(x, int) else 1 + depth(x[1])
print(total(nested), depth(nested), sum(range(1, 701)))
