# Corpus: padding and alignment with str methods and format specs.
words = ["a", "bb", "ccc", "dddd"]
for w in words:
    print("[" + w.ljust(6, ".") + "]", "[" + w.rjust(6) + "]", "[" + w.center(7, "*") + "]")
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
for w in words:
    print(f"|{w:<6}|{w:>6}|{w:^6}|{w:*^7}|")
print(format("x", "^5"), format(3.5, "<8"), format(12, "0>5"))
print("tab\tseparated".expandtabs(4), "a\tbb\tccc".expandtabs())
