# Corpus: string dynamic programming: LCS with reconstruction, word break, palindromic partitions.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out)

def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]

def min_cuts(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    cuts = list(range(n))
    for j in range(n):
        for i in range(j + 1):
            if s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
                cuts[j] = 0 if i == 0 else min(cuts[j], cuts[i - 1] + 1)
    return cuts[-1] if s else 0

print(lcs("ABCBDAB", "BDCABA"), lcs("", "x"), lcs("abc", "abc"))
print(word_break("leetcode", {"leet", "code"}), word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}))
print(min_cuts("aab"), min_cuts("a"), min_cuts("abcbm"), min_cuts(""))
