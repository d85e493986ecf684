# Corpus: reading a grid of costs from stdin and computing the minimum path sum moving right or down.
import sys
rows = [list(map(int, l.split())) for l in sys.stdin.read().splitlines()[1:] if l.strip()]
R, C = len(rows), len(rows[0])
dp = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        above = [dp[r - 1][c]] if r else []
        left = [dp[r][c - 1]] if c else []
        dp[r][c] = rows[r][c] + min(above + left, default=0)
print(dp[-1][-1])
print(dp[-1])
