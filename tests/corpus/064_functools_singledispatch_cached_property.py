# Corpus: functools.singledispatch, cached_property and total_ordering.
from functools import singledispatch, cached_property

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

print(describe(3), describe([1, 2]), describe("s"), describe(True))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.area)
del c.area
print(c.area)
