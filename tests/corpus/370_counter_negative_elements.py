# Corpus: Counter with zero and negative counts: elements() skips them, unary + drops them, subtract keeps them.
from collections import Counter
c = Counter(a=3, b=0, c=-2, d=1)
print(sorted(c.elements()), +c, -c, c.total())
c.subtract(a=5)
print(c, c["a"], c["zzz"], "zzz" in c)
c2 = Counter("aab")
c2["a"] -= 5
print(c2, c2 + Counter(), Counter("abc") - Counter("abd"))
print(Counter({"x": 2}) == Counter({"x": 2, "y": 0}), Counter(x=1) <= Counter(x=1, y=0))
print(dict(Counter(["x", "y", "x"])), list(Counter("hello").keys()))
