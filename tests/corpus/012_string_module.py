# Corpus: the string module's constants, Template and capwords.
import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}+{1}={2}", 1, 2, 3))
print(list(f.parse("a{x}b{y!r:>3}")))
