# Corpus: sorting non-ASCII text by code point, case-insensitively with casefold, and removing accents for keys.
import unicodedata
words = ["zebra", "Äpfel", "apple", "Éclair", "eclair", "Zoë", "über", "Uber", "ångström", "ant"]
print(sorted(words))
print(sorted(words, key=str.casefold))
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
print(sorted(words, key=lambda w: (strip_accents(w).casefold(), w)))
print([ord(c) for c in "Äa"], max(words), min(words), "ä" > "z", sorted("bÄaä"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΣΑΣ".lower())
