# Corpus: collections.defaultdict with list, int, set and nested factories.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
adj = defaultdict(set)
for u, v in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    adj[u].add(v)
    adj[v].add(u)
print({k: sorted(v) for k, v in sorted(adj.items())})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], len(t["a"]), repr(defaultdict(int, {"k": 1})))
d = defaultdict(lambda: "missing")
print(d["x"], d.get("y"), list(d), d.default_factory())
plain = defaultdict(None)
try:
    plain["q"]
except KeyError:
    print("KeyError without a factory")
