# Corpus: sliding-window string problems: longest substring without repeats, longest palindrome.
def longest_unique(s):
    seen = {}
    start = best = 0
    for i, c in enumerate(s):
        if c in seen and seen[c] >= start:
            start = seen[c] + 1
        seen[c] = i
        best = max(best, i - start + 1)
    return best

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "babad", "cbbd", "forgeeksskeegfor"]:
    print(repr(s), longest_unique(s), repr(longest_palindrome(s)))
