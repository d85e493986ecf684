"""Writes data/ for call-decorators: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''@count_calls
def greet(name, punctuation="!"):
    """Says hello."""
    return "Hello, " + name + punctuation

print(greet.calls, greet("Asha"), greet("Ravi", punctuation="?"), greet.calls)
''')
t.sample('''ran = []

@memoize
def square(n):
    ran.append(n)
    return n * n

print(square(4), square(4), square(5), ran, square.cache_info())

@validate(lambda v: v > 0, "must be positive")
def area(w, h):
    return w * h

print(area(3, 4))
try:
    area(3, -4)
except ValueError as e:
    print("ValueError:", e)
''')

t.secret("basic", '''@count_calls
def add(*nums, **named):
    return sum(nums) + sum(named.values())

print(add(), add(1, 2), add(1, x=5, y=6), add.calls)

@count_calls
def other():
    return "x"

other()
print(other.calls, add.calls)
''')
t.secret("basic", '''log = []

@memoize
def slow_price(item, qty=1):
    log.append((item, qty))
    return {"tea": 10, "vada": 15}[item] * qty

print(slow_price("tea"), slow_price("tea"), slow_price("vada", 2), slow_price("vada", 2), slow_price("tea", 2))
print(log, slow_price.cache_info())
''')

H_K = "Two calls with the same positional arguments but different keyword arguments are different calls. Is your cache key built from both?"
t.secret("kwargs", '''@memoize
def fee(amount, rate=1, extra=0):
    return amount * rate + extra

print(fee(100, rate=2), fee(100, rate=3), fee(100, rate=2, extra=5), fee(100, extra=5, rate=2))
print(fee.cache_info())
''', hint=H_K)
t.secret("kwargs", '''ran = []

@memoize
def label(text, *, upper=False, suffix=""):
    ran.append(1)
    return (text.upper() if upper else text) + suffix

print(label("ok"), label("ok", upper=True), label("ok", suffix="!", upper=True), label("ok", upper=True, suffix="!"))
print(len(ran), label.cache_info())
''', hint=H_K)

H_F = "What if the cached result is 0, None or an empty string? `if cache.get(key):` treats those as missing."
t.secret("falsy-results", '''ran = []

@memoize
def parity(n):
    ran.append(n)
    return n % 2

@memoize
def nothing(x):
    ran.append(x)
    return None

print(parity(4), parity(4), parity(3), parity(4), nothing("a"), nothing("a"), ran)
print(parity.cache_info(), nothing.cache_info())
''', hint=H_F)
t.secret("falsy-results", '''@memoize
def blank(n):
    return "" if n else []

print(repr(blank(1)), repr(blank(1)), repr(blank(0)), repr(blank(0)), blank.cache_info())
''', hint=H_F)

H_E = "A call that raises still counts as a call, but must not be cached: the next identical call runs the function again."
t.secret("exceptions", '''attempts = []

@count_calls
@memoize
def parse(text):
    attempts.append(text)
    return int(text)

for text in ("12", "x", "12", "x"):
    try:
        print(parse(text))
    except ValueError:
        print("ValueError")
print(attempts, parse.calls)
''', hint=H_E)
t.secret("exceptions", '''@count_calls
def boom():
    raise KeyError("boom")

for _ in range(3):
    try:
        boom()
    except KeyError:
        pass
print(boom.calls)
''', hint=H_E)

H_V = "validate() must check keyword arguments as well as positional ones, and must not call the function when a check fails."
t.secret("validate", '''ran = []

@validate(lambda v: isinstance(v, int), "integers only")
def total(*nums, **named):
    ran.append(1)
    return sum(nums) + sum(named.values())

print(total(1, 2, tip=3))
for args, kwargs in (((1, "2"), {}), ((1,), {"tip": 2.5}), ((), {})):
    try:
        print(total(*args, **kwargs))
    except ValueError as e:
        print("ValueError:", e)
print(len(ran))
''', hint=H_V)
t.secret("validate", '''@validate(lambda v: v != "")
def join(*parts, sep="-"):
    return sep.join(parts)

print(join("a", "b"), join("a", "b", sep="+"))
for call in (lambda: join("a", ""), lambda: join("a", sep="")):
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
''', hint=H_V)

H_M = "Does your wrapper keep the original function's __name__ and __doc__? functools has a helper for that."
t.secret("metadata", '''@memoize
def fib(n):
    """Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@validate(lambda v: v >= 0)
def root(x):
    """Square root."""
    return x ** 0.5

@count_calls
def plain():
    pass

print(fib.__name__, fib.__doc__, root.__name__, root.__doc__, plain.__name__, plain.__doc__)
''', hint=H_M)

H_R = "The recursive calls inside fib go through the decorated name, so they are counted and cached too."
t.secret("recursion", '''@count_calls
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memoize
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)

print(fib(30), fib.calls)
print(fib(31), fib.calls, ways(40), ways.cache_info())
''', hint=H_R)
t.write()
