# Corpus: reprs interview answers print: types, classes, dict views, ranges, slices, empty containers, singletons.
class Foo:
    pass
class Bar(Foo):
    class Inner:
        pass
print(type(3), type("s"), type(None), type([]), type(Foo()), Foo, Bar.Inner, type(Foo))
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items(), reversed(d).__class__.__name__)
print(range(5), range(1, 10, 3), slice(1, 5), slice(None, None, -1), set(), frozenset(), frozenset({1}), (), (1,), [[]])
print(None, NotImplemented, Ellipsis, ..., True, repr(""), repr("'"), repr('"'), repr("'\""), repr("\n\t\\"))
print(repr(b"\x00\x7f\x80'"), bytearray(b"ab"), repr(1j), repr(-0.0), complex(0, -0.0), repr(2 ** 64), int, object)
print(type(len), type(Foo.__init__), type(d.get), type(print).__name__, type(lambda: 0).__name__)
