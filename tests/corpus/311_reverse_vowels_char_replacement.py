# Corpus: two string-pointer answers: reverse only the vowels, and longest repeating character replacement.
from collections import Counter
def reverse_vowels(s):
    chars, vowels = list(s), set("aeiouAEIOU")
    i, j = 0, len(chars) - 1
    while i < j:
        if chars[i] not in vowels:
            i += 1
        elif chars[j] not in vowels:
            j -= 1
        else:
            chars[i], chars[j] = chars[j], chars[i]
            i += 1
            j -= 1
    return "".join(chars)
def character_replacement(s, k):
    count, best, left = Counter(), 0, 0
    for right, ch in enumerate(s):
        count[ch] += 1
        while right - left + 1 - max(count.values()) > k:
            count[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
print(reverse_vowels("hello"), reverse_vowels("leetcode"), reverse_vowels("AEiou xyz"), repr(reverse_vowels("")))
print(character_replacement("ABAB", 2), character_replacement("AABABBA", 1), character_replacement("", 3))
