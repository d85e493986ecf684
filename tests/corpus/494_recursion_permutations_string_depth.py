# Corpus: recursion on strings: reversing recursively (depth 500), palindromes and counting substrings.
import sys
def rev(s):
    return s if len(s) <= 1 else rev(s[1:]) + s[0]
def is_pal(s):
    return len(s) < 2 or (s[0] == s[-1] and is_pal(s[1:-1]))
def count(s, sub):
    if len(s) < len(sub):
        return 0
    return (s.startswith(sub)) + count(s[1:], sub)
text = "ab" * 250
print(len(rev(text)), rev("recursion"), is_pal("racecar" * 50), is_pal("ab" * 100), count(text, "ba"))
print(sys.getrecursionlimit())
