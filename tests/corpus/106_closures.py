# Corpus: closures: counters, captured loop variables (late binding) and cell contents.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()(), outer().__closure__[0].cell_contents, c1.__code__.co_freevars)
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(5), acc(10), acc(-3))
