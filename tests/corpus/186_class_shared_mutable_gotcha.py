# Corpus: the shared class-attribute list gotcha and instance attributes shadowing class attributes.
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)

class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

a, b = Bad(), Bad()
a.add(1); b.add(2)
print(a.items, b.items, a.items is Bad.items)
c, d = Good(), Good()
c.add(1); d.add(2)
print(c.items, d.items)
class Counter:
    count = 0
    def inc(self):
        self.count += 1
x = Counter()
x.inc(); x.inc()
print(x.count, Counter.count, vars(x))
Counter.count = 10
y = Counter()
print(y.count, x.count)
