# Corpus: DP string matching: wildcard (? and *), regular expressions (. and *), checked against fnmatch and re.
import fnmatch, re
from functools import lru_cache
def wildcard(s, p):
    dp = [[False] * (len(p) + 1) for _ in range(len(s) + 1)]
    dp[0][0] = True
    for j in range(1, len(p) + 1):
        dp[0][j] = dp[0][j - 1] and p[j - 1] == "*"
    for i in range(1, len(s) + 1):
        for j in range(1, len(p) + 1):
            if p[j - 1] == "*":
                dp[i][j] = dp[i][j - 1] or dp[i - 1][j]
            else:
                dp[i][j] = dp[i - 1][j - 1] and p[j - 1] in (s[i - 1], "?")
    return dp[-1][-1]
def regex(s, p):
    @lru_cache(maxsize=None)
    def m(i, j):
        if j == len(p):
            return i == len(s)
        first = i < len(s) and p[j] in (s[i], ".")
        if j + 1 < len(p) and p[j + 1] == "*":
            return m(i, j + 2) or (first and m(i + 1, j))
        return first and m(i + 1, j + 1)
    return m(0, 0)
cases = [("aa", "a"), ("aa", "*"), ("cb", "?a"), ("adceb", "*a*b"), ("acdcb", "a*c?b"), ("", "*")]
print([wildcard(s, p) for s, p in cases] == [fnmatch.fnmatchcase(s, p) for s, p in cases], [wildcard(s, p) for s, p in cases])
rcases = [("aa", "a"), ("aa", "a*"), ("ab", ".*"), ("aab", "c*a*b"), ("mississippi", "mis*is*p*."), ("", "c*")]
print([regex(s, p) for s, p in rcases], [bool(re.fullmatch(p, s)) for s, p in rcases])
