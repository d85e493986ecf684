# Corpus: equality across sequence types: list vs tuple, range equality, str vs bytes and ordering errors.
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5))
print("a" == b"a", b"a" == bytearray(b"a"), {1, 2} == frozenset({1, 2}), {1: 2}.items() == {(1, 2)})
print((1, 2) < (1, 2, 3), [] < [0], "" < "a", () == tuple())
for a, b in [([1], (1,)), ("a", 1), ({1}, {2}), (None, 0)]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError comparing", type(a).__name__, type(b).__name__)
print({1, 2} < {1, 2, 3}, {1, 2} < {3}, sorted([{3}, {1}], key=min))
