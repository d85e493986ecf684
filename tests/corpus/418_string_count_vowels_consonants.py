# Corpus: character classification counts: vowels, consonants, digits, spaces, punctuation and case.
import string
text = "Hello, World! Python 3.11 is fun; isn't it?"
vowels = sum(c in "aeiouAEIOU" for c in text)
consonants = sum(c.isalpha() and c not in "aeiouAEIOU" for c in text)
digits = sum(c.isdigit() for c in text)
spaces = text.count(" ")
punct = sum(c in string.punctuation for c in text)
print(vowels, consonants, digits, spaces, punct, len(text))
print(sum(c.isupper() for c in text), sum(c.islower() for c in text), text.swapcase())
words = text.split()
print(len(words), [w.strip(string.punctuation) for w in words], max(words, key=len))
