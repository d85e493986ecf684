# Corpus: printf-style formatting edge cases: * widths, %c, %r, %a, %%, tuples and mapping keys.
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159), "%5.1f%%" % 99.44)
print("%c%c%c" % (80, 121, "!"), "%r %a" % ("é", "é"), "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(x)05d %(y)+.1e" % {"x": 42, "y": 12345.678}, "%x %X %#o %#x" % (255, 255, 8, 255))
print("%i %u %d" % (3.9, 7, -2.5), "%e" % 0, "%g" % 1e-5, "%g" % 123456789, "%10s|%-10s|" % ("r", "l"))
try:
    "%d" % "x"
except TypeError:
    print("TypeError: %d needs a number")
try:
    "%s %s" % ("only one",)
except TypeError:
    print("TypeError: not enough arguments")
