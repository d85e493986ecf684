# Corpus: lambdas and the operator module as key functions and small callbacks.
import operator
from functools import reduce
print((lambda x, y=2: x ** y)(3), (lambda *a: len(a))(1, 2, 3), (lambda: "no args")())
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
print({k: f(17, 5) for k, f in ops.items()})
print(operator.itemgetter(1)([5, 6, 7]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3 + 4j))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"))
print(reduce(operator.or_, [1, 2, 4]), operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.index(7))
print(sorted(["bb", "a", "ccc"], key=len), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
compose = lambda *fs: lambda x: reduce(lambda acc, f: f(acc), fs, x)
print(compose(lambda x: x + 1, lambda x: x * 10, str)(4))
print(operator.eq(1, 1.0), operator.is_(None, None), operator.getitem({"k": 1}, "k"), operator.concat([1], [2]))
