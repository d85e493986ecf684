# Corpus: functools.reduce used to build dicts, flatten lists, compose keys and compute running state.
from functools import reduce
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
index = reduce(lambda acc, w: {**acc, w[0]: acc.get(w[0], []) + [w]}, words, {})
print(index)
print(reduce(lambda a, b: a + b, [[1, 2], [3], [], [4, 5]], []))
print(reduce(lambda acc, d: acc * 10 + d, [3, 1, 4, 1, 5], 0))
print(reduce(lambda best, w: w if len(w) > len(best) else best, words))
balance = reduce(lambda bal, tx: bal + tx if bal + tx >= 0 else bal, [100, -30, -80, 20, -50], 0)
print(balance)
print(reduce(lambda s, ch: s ^ {ch}, "abracadabra", set()) == {c for c in "abracadabra" if "abracadabra".count(c) % 2})
