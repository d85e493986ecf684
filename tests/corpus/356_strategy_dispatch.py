# Corpus: the strategy pattern with a dict of functions, getattr-based dispatch, and a command registry.
import operator
STRATEGIES = {"sum": sum, "max": max, "min": min, "avg": lambda xs: sum(xs) / len(xs), "product": lambda xs: __import__("math").prod(xs)}
data = [4, 8, 15, 16, 23, 42]
print({name: f(data) for name, f in STRATEGIES.items()})
class Calc:
    def do_add(self, a, b):
        return a + b
    def do_pow(self, a, b):
        return a ** b
    def run(self, cmd, *args):
        handler = getattr(self, f"do_{cmd}", None)
        if handler is None:
            return f"unknown command {cmd!r}"
        return handler(*args)
c = Calc()
print(c.run("add", 2, 3), c.run("pow", 2, 10), c.run("div", 1, 2))
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "<": operator.lt}
print([OPS[op](7, 3) for op in "+-*<"])
