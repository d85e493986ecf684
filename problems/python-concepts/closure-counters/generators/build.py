"""Writes data/ for closure-counters: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''tick = make_counter()
print(tick(), tick(), tick())
down = make_counter(10, step=-5)
print(down(), down(), down())
''')
t.sample('''add = make_accumulator()
print(add(10), add(5, 5), add())
double = make_multipliers(3)[2]
print(double(21))
''')

t.secret("basic", '''c = make_counter(100, step=0)
print(c(), c(), c())
c = make_counter(start=-3, step=3)
print([c() for _ in range(5)])
''')
t.secret("basic", '''add = make_accumulator()
for amount in (5, -2, 0, 10**12):
    add(amount)
print(add(), add(1))
print(make_multipliers(1)[0](123), len(make_multipliers(6)))
''')

H_I = "Make two counters (or two accumulators) and call them in turn. Where does each one keep its state?"
t.secret("independent", '''a = make_counter()
b = make_counter(50, step=10)
print(a(), b(), a(), b(), a(), b())
''', hint=H_I)
t.secret("independent", '''wallet = make_accumulator()
pocket = make_accumulator()
wallet(100)
pocket(1, 2)
wallet(50)
print(wallet(), pocket(), make_accumulator()())
''', hint=H_I)
t.secret("independent", '''first = make_counter(1)
print(first(), first())
second = make_counter(1)
print(second(), first(), second())
''', hint=H_I)

H_K = "A parameter written after a bare * in the def line can only be passed by name."
t.secret("keyword-only", '''for args in ((5, 2), (0, 1)):
    try:
        make_counter(*args)
        print("accepted", args)
    except TypeError:
        print("TypeError", args)
c = make_counter(5, step=2)
print(c(), c())
''', hint=H_K)
t.secret("keyword-only", '''c = make_counter(step=7)
print(c(), c())
try:
    make_counter(1, 2, 3)
    print("accepted")
except TypeError:
    print("TypeError")
''', hint=H_K)

H_V = "add() may receive no amount, one amount, or many amounts at once. How do you accept any number of positional arguments?"
t.secret("varargs", '''add = make_accumulator()
try:
    print(add(), add(1, 2, 3, 4), add(*range(10)), add())
except TypeError:
    print("TypeError")
''', hint=H_V)
t.secret("varargs", '''add = make_accumulator()
try:
    print(add(*[]), add(-1, -1), add(2))
except TypeError:
    print("TypeError")
''', hint=H_V)

H_L = "A lambda looks up i when it runs, not when it is created. After the loop, what is i? A default argument value is fixed when the lambda is made."
t.secret("late-binding", '''fs = make_multipliers(5)
print(len(fs), [f(10) for f in fs])
''', hint=H_L)
t.secret("late-binding", '''print(make_multipliers(0), [f(-3) for f in make_multipliers(2)])
fs = make_multipliers(3)
print(fs[0](99), fs[1](99), fs[2](99))
''', hint=H_L)
t.write()
