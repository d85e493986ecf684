# Corpus: counting characters and first unique character, three ways.
from collections import Counter

def first_unique(s):
    counts = Counter(s)
    for i, c in enumerate(s):
        if counts[c] == 1:
            return i
    return -1

for s in ["leetcode", "loveleetcode", "aabb", "", "z"]:
    print(repr(s), first_unique(s))
s = "the quick brown fox jumps over the lazy dog"
freq = {}
for c in s:
    if c != " ":
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(len(set(s.replace(" ", ""))) == 26)
print({c: s.count(c) for c in "aeiou"})
print(max(freq, key=freq.get), sorted(freq)[:3])
