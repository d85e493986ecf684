# Corpus: exceptions raised from sort keys and comparisons leave the list partly usable; key errors propagate.
data = ["10", "2", "x", "33"]
try:
    data.sort(key=int)
except ValueError:
    print("ValueError from key; list length still", len(data), sorted(data) == sorted(["10", "2", "x", "33"]))
def safe_int(s):
    try:
        return (0, int(s))
    except ValueError:
        return (1, s)
print(sorted(data, key=safe_int))
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise TypeError("cannot compare 3")
        return self.v < other.v
try:
    sorted([Weird(5), Weird(3), Weird(1)])
except TypeError as e:
    print("TypeError:", e)
print([w.v for w in sorted([Weird(5), Weird(2), Weird(1)])])
