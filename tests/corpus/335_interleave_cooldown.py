# Corpus: DP on two strings (interleaving) and a state machine DP (stock trading with cooldown).
def interleave(a, b, c):
    if len(a) + len(b) != len(c):
        return False
    dp = [False] * (len(b) + 1)
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == j == 0:
                dp[j] = True
            else:
                dp[j] = (i > 0 and dp[j] and a[i - 1] == c[i + j - 1]) or (j > 0 and dp[j - 1] and b[j - 1] == c[i + j - 1])
    return dp[-1]
def max_profit_cooldown(prices):
    hold, sold, rest = float("-inf"), 0, 0
    for p in prices:
        hold, sold, rest = max(hold, rest - p), hold + p, max(rest, sold)
    return max(sold, rest)
print(interleave("aabcc", "dbbca", "aadbbcbcac"), interleave("aabcc", "dbbca", "aadbbbaccc"), interleave("", "", ""))
print(max_profit_cooldown([1, 2, 3, 0, 2]), max_profit_cooldown([1]), max_profit_cooldown([]))
