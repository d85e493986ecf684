from collections import Counter
from math import factorial


def count_lineups(heights: list[int], max_gap: int) -> int:
    n = len(heights)
    # paths[mask][last]: orders of the students in `mask` (told apart by index) that end with
    # student `last` and keep every neighbouring pair within max_gap
    paths = [[0] * n for _ in range(1 << n)]
    for i in range(n):
        paths[1 << i][i] = 1
    for mask in range(1, 1 << n):
        row = paths[mask]
        for last in range(n):
            ways = row[last]
            if not ways:
                continue
            for nxt in range(n):
                if not mask >> nxt & 1 and abs(heights[nxt] - heights[last]) <= max_gap:
                    paths[mask | 1 << nxt][nxt] += ways
    by_index = sum(paths[(1 << n) - 1])
    # Students of equal height are interchangeable: each line-up of heights was counted once
    # for every way of permuting the students within each group of equal height.
    for m in Counter(heights).values():
        by_index //= factorial(m)
    return by_index
