# Corpus: print() keyword edge cases: sep=None, end=None, empty calls, non-string objects and file=None.
print("a", "b", sep=None)
print("c", end=None)
print("d", "e", sep="", end="|\n")
print()
print(1, [2], {3: 4}, None, sep=" ~ ")
print(*[], sep="x")
print("x", file=None)
import sys
print("y", file=sys.stdout, sep="-")
try:
    print("z", sep=5)
except TypeError:
    print("TypeError: sep must be None or a string")
