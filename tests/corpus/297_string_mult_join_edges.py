# Corpus: edge cases of join, split and multiplication with empty strings and separators.
print(repr("".join([])), repr(",".join([""])), repr(",".join(["", ""])), repr("-".join("abc")))
print("".split(","), "".split(), " ".split(), ",".split(","), "a,".split(","), ",a".split(","))
print("ab" * 0, "ab" * -3, repr("x" * 1), [0] * -1, [[]] * 0)
print("a b c".split(" ", 1), "a  b".split(" "), "a\tb\nc d".split(), "abc".split("abc"))
print("abc".replace("", "-"), "aaa".replace("a", ""), "".replace("", "x"), "abc".count(""), "".count(""))
print("abc".find(""), "abc".find("", 10), "abc".rfind(""), "abc".startswith(""), "abc"[3:], "abc"[:0])
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError: join needs str items")
print(" ".join(str(x) for x in [1, 2, 3]), "".join(map(chr, [72, 105])), "x".center(4, "*"), "x".center(5, "*"))
