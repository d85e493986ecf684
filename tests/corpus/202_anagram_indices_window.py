# Corpus: fixed-size sliding windows with counters: find anagram indices, permutation in string.
from collections import Counter
def find_anagrams(s, p):
    need, window, out = Counter(p), Counter(), []
    for i, ch in enumerate(s):
        window[ch] += 1
        if i >= len(p):
            left = s[i - len(p)]
            window[left] -= 1
            if window[left] == 0:
                del window[left]
        if window == need:
            out.append(i - len(p) + 1)
    return out

def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    start = end = i = 0
    for j, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[i]] < 0:
                need[s[i]] += 1
                i += 1
            if end == 0 or j - i < end - start:
                start, end = i, j
            need[s[i]] += 1
            missing += 1
            i += 1
    return s[start:end]

print(find_anagrams("cbaebabacd", "abc"), find_anagrams("abab", "ab"), find_anagrams("a", "ab"))
print(min_window("ADOBECODEBANC", "ABC"), repr(min_window("a", "aa")), min_window("a", "a"))
