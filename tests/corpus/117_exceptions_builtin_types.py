# Corpus: which built-in exception each common mistake raises, and the hierarchy between them.
cases = [
    lambda: [1][5], lambda: {}["k"], lambda: int("x"), lambda: 1 / 0, lambda: None.attr,
    lambda: "a" + 1, lambda: undefined_name, lambda: iter(5), lambda: next(iter([])),
    lambda: [].pop(), lambda: "abc".index("z"), lambda: float("1e999999") and (10 ** 400) * 1.0,
    lambda: __import__("no_such_module_xyz"), lambda: (1, 2).append(3), lambda: int.bad,
    lambda: chr(-1), lambda: {1, 2}.remove(3), lambda: abs("s"), lambda: [1, 2, 3][1.5],
    lambda: "x" * -1 + undefined_other, lambda: bytes("é", "ascii"), lambda: b"\xff".decode(),
    lambda: dict([(1, 2, 3)]), lambda: divmod(1, 0), lambda: len(5), lambda: eval("1 +"),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, [c.__name__ for c in type(e).__mro__[1:-2]])
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
