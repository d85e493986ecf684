# Corpus: interval DP (longest palindromic subsequence, matrix chain order) and counting BSTs.
def lps(s):
    n = len(s)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            dp[i][j] = dp[i + 1][j - 1] + 2 if s[i] == s[j] else max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1] if n else 0
def num_trees(n):
    g = [1, 1] + [0] * (n - 1)
    for i in range(2, n + 1):
        g[i] = sum(g[j] * g[i - 1 - j] for j in range(i))
    return g[n]
def matrix_chain(dims):
    n = len(dims) - 1
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min(dp[i][k] + dp[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return dp[0][n - 1]
print(lps("bbbab"), lps("cbbd"), lps(""), lps("character"))
print([num_trees(n) for n in range(1, 10)], matrix_chain([10, 30, 5, 60]), matrix_chain([40, 20, 30, 10, 30]))
