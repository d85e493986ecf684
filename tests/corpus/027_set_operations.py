# Corpus: set algebra and membership, printed in a sorted, order-independent way.
a = {"apple", "banana", "cherry"}
b = {"cherry", "date", "apple"}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, {"fig"})), sorted(a.intersection(b)), a.isdisjoint({"x"}), {"apple"} <= a, a < a, a <= a)
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,))
s.discard(10); s.remove(4)
print(sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 2, 3}, len(s))
fs = frozenset("hello")
print(sorted(fs), len(fs), fs == frozenset("olleh"), {fs: 1}[frozenset("hello")])
print(len(set([1, 1.0, True])), {1, 2} == {2, 1}, set() == frozenset())
print(sorted({w.lower() for w in "A a B b c".split()}))
def has_duplicates(xs):
    return len(xs) != len(set(xs))
print(has_duplicates([1, 2, 3]), has_duplicates([1, 2, 1]))
