# Corpus: collections.abc: isinstance checks, a Mapping subclass with mixin methods, and register().
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Callable, Sized, Container, Generator
values = [[1], (1,), "s", {1: 2}, {1}, 5, iter([]), (x for x in []), len, None]
for v in values:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Iterator), isinstance(v, Sequence), isinstance(v, Mapping), isinstance(v, Hashable), isinstance(v, Callable), isinstance(v, Sized))

class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), list(r.items()), "b" in r, r == {"a": 1, "b": 2}, list(r.keys()))

class Thing:
    pass
Container.register(Thing)
print(isinstance(Thing(), Container), issubclass(list, MutableMapping), issubclass(dict, MutableMapping), isinstance((x for x in ()), Generator))
