# Corpus: input() strips only the trailing newline; Windows line endings and trailing spaces survive.
input()
a = input()
b = input()
c = input()
print(repr(a), repr(b), repr(c))
print(repr(a.strip()), repr(b.rstrip("\r")), len(c))
print(list(map(int, b.split())), c.split(","))
