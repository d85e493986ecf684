# Corpus: string comparison, case-insensitive sorting and natural sort keys.
import re
words = ["banana", "Apple", "cherry", "apple", "Banana", "date10", "date2", "date1"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
print(sorted(words, key=natural))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print("a" < "B", "a".lower() < "B".lower(), ("a", 2) < ("a", 10), "10" < "9")
print(min(words), max(words, key=len), sorted("hello"), "".join(sorted("hello", reverse=True)))
