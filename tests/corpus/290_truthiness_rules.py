# Corpus: truthiness: __bool__ versus __len__, and what counts as falsy among built-ins.
class Empty:
    def __len__(self):
        return 0
class AlwaysTrue:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
class Plain:
    pass
values = [0, 0.0, 0j, "", " ", [], [0], (), {}, set(), None, False, Empty(), AlwaysTrue(), Plain(), range(0), b"", "0", float("nan")]
print([bool(v) for v in values])
print([type(v).__name__ for v in values if not v])
x = [] or "default"
y = [1] and "second"
z = 0 or None or ""
print(x, y, repr(z), None or 0, 5 and 0, not [], not not "a")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError: __bool__ should return bool")
