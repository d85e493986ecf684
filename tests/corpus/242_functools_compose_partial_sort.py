# Corpus: function composition with reduce, partial applications in sort keys, and operator chains.
from functools import reduce, partial
import operator
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns)
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, abs, inc)(-10))
def dist_to(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
pts = [(5, 5), (1, 2), (-1, -1), (3, 0)]
print(sorted(pts, key=partial(dist_to, (0, 0))), min(pts, key=partial(dist_to, (4, 4))))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello World  "))
print(reduce(operator.getitem, ["a", 0, "b"], {"a": [{"b": "deep"}]}))
