# Corpus: old-style % formatting and str.format with positional, keyword and attribute fields.
print("%s is %d years, %.2f m" % ("Ann", 30, 1.655))
print("%5s|%-5s|%05d|%x|%X|%o|%e|%g|%%" % ("a", "b", 42, 255, 255, 8, 12345.678, 0.00001234))
print("%(name)s=%(value)r" % {"name": "k", "value": "v"})
print("%c%c" % (72, "i"), "%r" % [1, "a"], "%+.3d" % 5, "%10.4f|" % 3.14159)
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} has {n:>4} items".format(name="cart", n=3))
print("{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))
class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{:*^11}".format("mid"), "{:,}".format(9876543210), "{!r:>8}".format("q"))
print(format(3.14159, ".3"), format(1234.5, "10.2e"), format(-7, "x"), format(True, "d"))
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}))
