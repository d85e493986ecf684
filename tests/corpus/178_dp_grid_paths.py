# Corpus: grid DP: unique paths with obstacles, minimum path sum and maximal square.
def unique_paths(grid):
    rows, cols = len(grid), len(grid[0])
    dp = [0] * cols
    dp[0] = 1
    for r in range(rows):
        for c in range(cols):
            if grid[r][c]:
                dp[c] = 0
            elif c:
                dp[c] += dp[c - 1]
    return dp[-1]

def min_path(grid):
    rows, cols = len(grid), len(grid[0])
    dp = [row[:] for row in grid]
    for r in range(rows):
        for c in range(cols):
            if r or c:
                dp[r][c] += min(dp[r - 1][c] if r else float("inf"), dp[r][c - 1] if c else float("inf"))
    return dp[-1][-1]

def max_square(m):
    best = 0
    dp = [[0] * (len(m[0]) + 1) for _ in range(len(m) + 1)]
    for i in range(1, len(m) + 1):
        for j in range(1, len(m[0]) + 1):
            if m[i - 1][j - 1] == "1":
                dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1])
                best = max(best, dp[i][j])
    return best * best

print(unique_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), unique_paths([[0] * 10 for _ in range(10)]), unique_paths([[1]]))
print(min_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]]), min_path([[5]]))
print(max_square(["10100", "10111", "11111", "10010"]), max_square(["0"]))
