# Corpus: unicodedata names, categories and normalization forms.
import unicodedata
for ch in ["A", "é", "€", "1", "ß", " "]:
    print(repr(ch), unicodedata.name(ch), unicodedata.category(ch))
s1 = "café"
s2 = "cafe\u0301"
print(s1 == s2, len(s1), len(s2))
print(unicodedata.normalize("NFC", s2) == s1, len(unicodedata.normalize("NFD", s1)))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.numeric("½"), unicodedata.digit("7"))
print("".join(c for c in unicodedata.normalize("NFD", "naïve résumé") if unicodedata.category(c) != "Mn"))
print("Straße".casefold(), "Straße".lower(), "STRASSE".casefold() == "straße".casefold())
