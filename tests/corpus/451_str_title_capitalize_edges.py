# Corpus: str.title and capitalize edge cases (apostrophes, digits, mixed case) versus string.capwords.
import string
for s in ["they're bill's friends", "hello WORLD", "3rd place", "o'neil mcdonald", "ÉCOLE élève", "a-b_c d.e", ""]:
    print(repr(s.title()), repr(s.capitalize()), repr(string.capwords(s)))
print("ǆ".title(), "ß".title(), "ﬁne".title(), "İstanbul".lower()[:3] == "i̇s")
