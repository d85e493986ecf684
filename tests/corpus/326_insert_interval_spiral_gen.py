# Corpus: inserting an interval into a sorted list, generating a spiral matrix, and Pascal's row.
def insert(intervals, new):
    out, i, n = [], 0, len(intervals)
    while i < n and intervals[i][1] < new[0]:
        out.append(intervals[i]); i += 1
    lo, hi = new
    while i < n and intervals[i][0] <= hi:
        lo, hi = min(lo, intervals[i][0]), max(hi, intervals[i][1]); i += 1
    out.append([lo, hi])
    return out + intervals[i:]
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for v in range(1, n * n + 1):
        m[r][c] = v
        if not (0 <= r + dr < n and 0 <= c + dc < n and m[r + dr][c + dc] == 0):
            dr, dc = dc, -dr
        r, c = r + dr, c + dc
    return m
def pascal_row(k):
    row = [1]
    for i in range(k):
        row.append(row[-1] * (k - i) // (i + 1))
    return row
print(insert([[1, 3], [6, 9]], [2, 5]), insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]), insert([], [5, 7]))
for row in spiral(4):
    print(row)
print(pascal_row(0), pascal_row(5), pascal_row(30)[15])
