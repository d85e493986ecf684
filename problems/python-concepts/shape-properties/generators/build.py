"""Writes data/ for shape-properties: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''r = Rectangle(3, 4)
print(r.area(), r.perimeter(), repr(r))
r.width = 5
print(r.area(), r.describe())
c = Circle(1)
print(f"{c.area():.2f}", c.diameter)
''')
t.sample('''s = Square(3)
print(s.width, s.describe(), repr(s))
try:
    s.side = -1
except ValueError:
    print("ValueError")
''')

t.secret("basic", '''r = Rectangle(2.5, 4)
print(repr(r), r.area(), r.perimeter(), r.describe())
c = Circle(3)
print(repr(c), f"{c.perimeter():.3f}", c.describe())
s = Square(7)
print(s.side, s.width, s.height, s.area(), s.perimeter())
''')
t.secret("basic", '''shapes = [Circle(1), Square(2), Rectangle(1, 3), Circle(0.5)]
for sh in sorted(shapes, key=lambda sh: sh.area()):
    print(repr(sh), f"{sh.area():.4f}")
print(f"{total_area(shapes):.4f}", total_area([]))
''')

H_P = "Assigning through a property must update everything that depends on it. What does a square's width become when you set its side?"
t.secret("properties", '''s = Square(2)
s.side = 5
print(s.width, s.height, s.area(), repr(s))
c = Circle(2)
c.diameter = 10
print(c.radius, c.diameter, f"{c.area():.2f}", repr(c))
r = Rectangle(1, 1)
r.height = 9
print(r.describe(), r.perimeter())
''', hint=H_P)
t.secret("properties", '''c = Circle(4)
c.radius = 0.25
print(c.diameter, repr(c))
c.diameter = 3
print(c.radius, c.describe())
''', hint=H_P)

H_V = "When an assignment is refused, the shape must keep its old value. Do you check the value before you store it?"
t.secret("validation", '''r = Rectangle(3, 4)
for bad in (0, -2, -0.5):
    try:
        r.width = bad
    except ValueError:
        print("ValueError", r.width)
print(repr(r))
c = Circle(5)
try:
    c.diameter = -4
except ValueError:
    print("ValueError", c.radius, c.diameter)
''', hint=H_V)
t.secret("validation", '''s = Square(6)
try:
    s.side = 0
except ValueError:
    print("ValueError", s.side, s.width, s.height)
for args in ((0, 1), (1, -1)):
    try:
        Rectangle(*args)
    except ValueError:
        print("ValueError for", args)
try:
    Circle(-1)
except ValueError:
    print("ValueError for circle")
''', hint=H_V)

H_T = "Only real numbers are dimensions. What is isinstance(True, int) in Python? A string that looks like a number is still a string."
t.secret("type-check", '''for bad in ("5", None, [2], True, False):
    try:
        Circle(bad)
        print("accepted", repr(bad))
    except TypeError:
        print("TypeError", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
''', hint=H_T)
t.secret("type-check", '''r = Rectangle(2, 3)
try:
    r.height = True
    print("accepted True")
except TypeError:
    print("TypeError")
except ValueError:
    print("ValueError")
s = Square(4)
try:
    s.side = "4"
    print("accepted '4'")
except TypeError:
    print("TypeError")
c = Circle(1)
try:
    c.diameter = False
    print("accepted False")
except (TypeError, ValueError) as e:
    print(type(e).__name__)
''', hint=H_T)

H_I = "A Square is a Rectangle: it should inherit from it and reuse its __init__ through super()."
t.secret("inheritance", '''print([cls.__name__ for cls in Square.__mro__])
s = Square(3)
print(isinstance(s, Rectangle), isinstance(s, Shape), issubclass(Circle, Rectangle))
print(s.width, s.height, s.perimeter())
''', hint=H_I)
t.secret("inheritance", '''s = Square(2)
print(s.area(), s.name, Rectangle.name, Shape.name)
print(type(s).__name__, type(s).__bases__[0].__name__)
''', hint=H_I)

H_A = "The base class cannot compute an area. What must Shape().area() do, and what does describe() do on a plain Shape?"
t.secret("abstract", '''sh = Shape()
for call in (sh.area, sh.perimeter, sh.describe):
    try:
        call()
        print("no error")
    except NotImplementedError:
        print("NotImplementedError")
''', hint=H_A)

H_D = "describe() lives once in Shape and calls self.area(): the subclass's own area() is the one that runs."
t.secret("polymorphism", '''class Triangle(Shape):
    name = "triangle"
    def __init__(self, base, height):
        self.base, self.height = base, height
    def area(self):
        return self.base * self.height / 2
shapes = [Triangle(3, 5), Square(1), Circle(2), Rectangle(2, 2)]
for sh in shapes:
    print(sh.describe())
print(f"{total_area(shapes):.3f}")
''', hint=H_D)
t.write()
