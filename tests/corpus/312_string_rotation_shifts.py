# Corpus: rotation checks with doubling, grouping shifted strings, and the minimal rotation.
from collections import defaultdict
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"), is_rotation("", ""))
def group_shifted(words):
    groups = defaultdict(list)
    for w in words:
        key = tuple((ord(c) - ord(w[0])) % 26 for c in w)
        groups[key].append(w)
    return sorted(sorted(g) for g in groups.values())
print(group_shifted(["abc", "bcd", "acef", "xyz", "az", "ba", "a", "z"]))
def min_rotation(s):
    return min(s[i:] + s[:i] for i in range(len(s))) if s else s
print(min_rotation("bca"), min_rotation("cabbage"), min_rotation("aaa"))
