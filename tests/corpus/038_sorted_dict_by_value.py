# Corpus: sorting dictionaries by value and key, top-k and ties broken by key.
scores = {"ann": 90, "bob": 85, "cid": 90, "dan": 70, "eve": 85}
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores, key=scores.get, reverse=True))
print(dict(sorted(scores.items())))
print([name for name, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:3]])
from operator import itemgetter, attrgetter
print(sorted(scores.items(), key=itemgetter(1, 0)))
records = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 2}]
print([r["n"] for r in sorted(records, key=itemgetter("a"))])
class R:
    def __init__(self, n, a):
        self.n, self.a = n, a
objs = [R("p", 2), R("q", 1)]
print([o.n for o in sorted(objs, key=attrgetter("a"))])
