# Corpus: str.maketrans/translate, partition and splitlines.
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("key=value=more".partition("="), "novalue".partition("="), "a=b=c".rpartition("="))
text = "line one\nline two\r\nline three\n\nend"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("x\ny\n".split("\n"), "x\ny\n".splitlines())
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming Interview".translate(vowels))
print("%-".join("abc"), ", ".join(map(str, range(5))))
print("abc" * 3, "-" * 0, "ab" < "b", "Z" < "a", "apple" < "apples", max("hello"), min("hello"))
print("mississippi".index("ss"), "mississippi".rindex("ss"), "mississippi".count("ss"), "aaa".count("aa"))
