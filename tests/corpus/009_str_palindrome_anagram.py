# Corpus: classic interview string answers: palindromes, anagrams, reversing words.
import re

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())

def reverse_words(s):
    return " ".join(reversed(s.split()))

for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "ab"]:
    print(repr(s), is_palindrome(s))
for a, b in [("listen", "silent"), ("Dormitory", "Dirty room"), ("abc", "abd")]:
    print(a, b, is_anagram(a, b))
print(reverse_words("  the sky   is blue "))
print("hello"[::-1], "hello"[1:4], "hello"[-3:], "hello"[::2], "hello"[10:], "hello"[-10:2])
print(re.sub(r"[^a-z]", "", "Hello, World!".lower()))
