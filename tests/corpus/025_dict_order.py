# Corpus: dicts keep insertion order: reinsertion, deletion, update and comprehension order.
d = {}
for k in [5, 3, 9, 1, "b", "a", (1, 2)]:
    d[k] = str(k)
print(list(d))
d[3] = "three"
print(list(d.items())[:3])
del d[5]
d[5] = "back"
print(list(d))
d.update({9: "nine", 100: "hundred"})
print(list(d))
print({k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[0]))})
print(list(reversed(d)), next(iter(d)), list(reversed(d.items()))[0])
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)))
print(list({"x": 1, "y": 2, "x": 3}.items()))
