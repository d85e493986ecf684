# Corpus: the in operator's fallbacks: __contains__, then __iter__, then __getitem__ with integer indices.
class WithContains:
    def __contains__(self, x):
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print("magic" in WithContains(), "other" in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(9 in WithGetitem(), 10 in WithGetitem(), list(WithGetitem()))
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError:
    print("TypeError: argument of type 'Nothing' is not iterable")
