# Corpus: rich comparisons without total_ordering: which methods Python falls back to for each operator.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v}.__lt__({o.v})")
        return self.v < o.v
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({o.v})")
        return self.v == o.v
a, b = V(1), V(2)
print("a < b:", a < b)
print("a > b:", a > b)
print("a == b:", a == b)
print("a != b:", a != b)
try:
    print(a <= b)
except TypeError:
    print("TypeError: <= not supported")
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
