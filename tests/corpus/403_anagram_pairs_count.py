# Corpus: counting anagrammatic substring pairs with sorted-signature Counters.
from collections import Counter
from math import comb
def anagram_pairs(s):
    sigs = Counter("".join(sorted(s[i:j])) for i in range(len(s)) for j in range(i + 1, len(s) + 1))
    return sum(comb(n, 2) for n in sigs.values())
print([anagram_pairs(s) for s in ["abba", "abcd", "ifailuhkqq", "kkkk", "cdcd"]])
