# Corpus: Counter.most_common with ties keeps first-insertion order among equal counts.
from collections import Counter
c = Counter("bbaacdde")
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(100)[-1])
words = "to be or not to be that is the question to".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter([3, 1, 2, 1, 3, 2]).most_common())
print(Counter({"x": 1, "y": 1, "z": 1}).most_common(2))
print([k for k, v in Counter("mississippi").most_common() if v == max(Counter("mississippi").values())])
print(Counter("zzyyxx").most_common(1)[0][0])
