# Corpus: isomorphic strings, word pattern matching and ransom notes.
from collections import Counter
def isomorphic(s, t):
    return len(set(zip(s, t))) == len(set(s)) == len(set(t)) and len(s) == len(t)

def word_pattern(pattern, s):
    words = s.split()
    if len(words) != len(pattern):
        return False
    return len(set(pattern)) == len(set(words)) == len(set(zip(pattern, words)))

def can_construct(note, magazine):
    return not Counter(note) - Counter(magazine)

print([isomorphic(a, b) for a, b in [("egg", "add"), ("foo", "bar"), ("paper", "title"), ("ab", "aa"), ("", "")]])
print([word_pattern(p, s) for p, s in [("abba", "dog cat cat dog"), ("abba", "dog cat cat fish"), ("aaaa", "dog cat cat dog"), ("abba", "dog dog dog dog")]])
print(can_construct("a", "b"), can_construct("aa", "ab"), can_construct("aa", "aab"), can_construct("", ""))
