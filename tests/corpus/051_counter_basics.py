# Corpus: collections.Counter construction, arithmetic, elements and total.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c)
print(+c, -Counter({"x": -2, "y": 3}))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(a + b, a - b, a & b, a | b)
print(Counter([1, 2, 2, 3, 3, 3]), Counter({"k": 2}) == Counter(k=2), dict(Counter("aab")))
del c["z"]
print("z" in c, list(c.keys())[:3], repr(Counter()))
print(Counter("hello") <= Counter("hello world"), Counter(a=1) < Counter(a=2))
