# Mistake: counts orders of the students, not line-ups of heights, so swapping two students
# of the same height is counted as a different line-up.
def count_lineups(heights, max_gap):
    n = len(heights)
    paths = [[0] * n for _ in range(1 << n)]
    for i in range(n):
        paths[1 << i][i] = 1
    for mask in range(1, 1 << n):
        for last in range(n):
            if paths[mask][last]:
                for nxt in range(n):
                    if not mask >> nxt & 1 and abs(heights[nxt] - heights[last]) <= max_gap:
                        paths[mask | 1 << nxt][nxt] += paths[mask][last]
    return sum(paths[(1 << n) - 1])
