# Corpus: functools.reduce and partial, including initial values and keyword partials.
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError:
    print("TypeError: reduce of an empty sequence")
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1010"), list(map(partial(round, ndigits=1), [1.26, 2.35])))
from math import gcd
print(reduce(gcd, [12, 18, 24]), reduce(lambda a, b: a * b // gcd(a, b), [4, 6, 10]))
