# Corpus: compiled patterns, flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE), lookarounds, greedy vs lazy.
import re
pat = re.compile(r"""
    ^(?P<user>[\w.+-]+)   # user part
    @
    (?P<host>[\w-]+(\.[\w-]+)+)$  # host part
""", re.VERBOSE)
for e in ["ann.lee+x@mail.example.com", "bad@", "x@y.z"]:
    m = pat.match(e)
    print(e, m.group("user", "host") if m else None)
print(re.findall(r"^\w+", "one two\nthree four", re.M), re.findall(r"^\w+", "one two\nthree four"))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S).group() == "a\nc")
print(re.findall(r"hello", "Hello HELLO hello", re.I), pat.pattern.count("\n") > 0, pat.groups, sorted(pat.groupindex.items()))
print(re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"\d{2,3}?", "12345"))
print(re.findall(r"\w+(?=!)", "hi! there wow!"), re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\b(?!un)\w+", "undo redo unit top"))
print(re.findall(r"(\w)\1", "aabbcdde"), bool(re.search(r"^(\w+) \1$", "bye bye")))
p = re.compile(r"\d")
print(p.sub("#", "a1b2"), p.findall("x9y8"), p.search("abc"), p.split("a1b2c"))
