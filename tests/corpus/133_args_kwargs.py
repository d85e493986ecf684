# Corpus: *args and **kwargs: collecting, forwarding, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, z=0))
def pos_only(x, y, /, z, *, w):
    return x + y + z + w
print(pos_only(1, 2, 3, w=4), pos_only(1, 2, z=3, w=4))
for bad in [lambda: pos_only(x=1, y=2, z=3, w=4), lambda: pos_only(1, 2, 3, 4), lambda: f(1), lambda: f(1, 2, c=3, b=4)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(*[1, 2], **{"c": 3, "x": 1}))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(5)))
def kw(**opts):
    return sorted(opts.items())
print(kw(b=1, a=2), kw(**{"z": 0}))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
