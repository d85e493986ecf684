# Corpus: polynomial string hashing for counting distinct substrings and finding repeated substrings.
def distinct_substrings(s, base=131, mod=(1 << 61) - 1):
    n = len(s)
    seen = set()
    for length in range(1, n + 1):
        h, power = 0, pow(base, length - 1, mod)
        for i, ch in enumerate(s):
            if i >= length:
                h = (h - ord(s[i - length]) * power) % mod
            h = (h * base + ord(ch)) % mod
            if i >= length - 1:
                seen.add((length, h))
    return len(seen)
def brute(s):
    return len({s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)})
for s in ["abab", "aaaa", "abcde", "banana", "mississippi"]:
    print(s, distinct_substrings(s), brute(s))
def longest_repeat(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(s[i:j]) > len(best) and s.find(s[i:j], i + 1) != -1:
                best = s[i:j]
    return best
print(longest_repeat("banana"), repr(longest_repeat("abc")), longest_repeat("aabcaabdaab"))
