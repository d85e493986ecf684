"""Writes data/ for money-dunders: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''a = Money(1050)
b = Money(250)
print(repr(a + b), str(a + b), a > b, a == Money(1050))
print(sorted([a, b, Money(99)]))
''')
t.sample('''try:
    Money(100) + Money(100, "USD")
except ValueError:
    print("ValueError")
print(str(3 * Money(40, "USD")), bool(Money(0)))
''')

t.secret("basic", '''m = Money(7, "USD")
print(repr(m), str(m), m.amount, m.currency)
print(str(Money(100000)), str(Money(0)), str(Money(5) * 20), repr(Money(1) * 0))
print(bool(Money(1)), bool(Money(-1)), bool(Money(0, "EUR")))
''')
t.secret("basic", '''total = Money(0)
for paise in (199, 1, 300):
    total = total + Money(paise)
print(total, repr(total))
print(Money(5) + Money(5) == Money(10), Money(5) + Money(5) is Money(10))
''')

H_E = "Comparing a Money with something else (an int, a string, None) should just be unequal, not crash. What should __eq__ return for a foreign type?"
t.secret("equality", '''print(Money(100) == Money(100), Money(100) != Money(100), Money(100) == Money(100, "USD"))
for other in (100, "INR 1.00", None, (100, "INR")):
    try:
        print(Money(100) == other, Money(100) != other)
    except Exception as e:
        print(type(e).__name__)
''', hint=H_E)
t.secret("equality", '''wallet = [Money(10), Money(20), Money(10, "USD")]
print(Money(10) in wallet, Money(30) in wallet, 10 in wallet, wallet.count(Money(10)))
try:
    print(wallet.index("x"))
except ValueError:
    print("not found")
except Exception as e:
    print(type(e).__name__)
''', hint=H_E)

H_H = "Equal values must have equal hashes. Put two equal Money objects in a set: how many elements does it have?"
t.secret("hashing", '''s = {Money(100), Money(100), Money(100, "USD"), Money(250)}
print(len(s), Money(250) in s, Money(99) in s)
''', hint=H_H)
t.secret("hashing", '''prices = {Money(4000): "thali", Money(1500): "chai"}
print(prices[Money(1500)], prices.get(Money(4000)), prices.get(Money(4000, "USD"), "none"))
seen = set()
for paise in (5, 10, 5, 5, 10, 20):
    seen.add(Money(paise))
print(sorted(seen))
''', hint=H_H)

H_O = "With __eq__ and __lt__ (plus functools.total_ordering) you get every comparison. What must happen between two different currencies?"
t.secret("ordering", '''a, b, c = Money(5), Money(10), Money(10)
print(a < b, b <= c, b >= c, c > a, a >= b, b > c)
print(repr(max([Money(3), Money(30), Money(-300)])), repr(min(Money(3), Money(-3))))
try:
    print(Money(1) < Money(2, "USD"))
except ValueError:
    print("ValueError")
try:
    print(Money(1) < 2)
except TypeError:
    print("TypeError")
''', hint=H_O)

H_S = "sum() starts from 0, so its first step is 0 + Money. Which dunder method does Python try when int.__add__ gives up?"
t.secret("sum", '''wallet = [Money(1050), Money(250), Money(99)]
try:
    print(sum(wallet), repr(sum(wallet[:1])), sum([]))
except TypeError:
    print("TypeError")
''', hint=H_S)
t.secret("sum", '''try:
    print(repr(sum(Money(p, "USD") for p in range(1, 11))))
except TypeError:
    print("TypeError")
try:
    sum([Money(1), Money(1, "USD")])
except ValueError:
    print("ValueError")
except TypeError:
    print("TypeError")
''', hint=H_S)

H_N = "How does Python round -525 // 100? Build the text from the absolute value and add the sign yourself."
t.secret("negative", '''for paise in (-525, -5, -100, -99, -1050):
    print(Money(paise))
print(Money(-1) + Money(-2), str(Money(-250, "USD") * 3))
''', hint=H_N)

H_I = "A Money used as a dict key must never change. Is `m.amount = 5` refused?"
t.secret("immutability", '''m = Money(100)
for field, value in (("amount", 5), ("currency", "USD")):
    try:
        setattr(m, field, value)
        print("changed", field)
    except AttributeError:
        print("AttributeError", field)
print(repr(m))
''', hint=H_I)
t.write()
