"""Large maze: python3 gen_large.py SEED ROWS COLS WALL_PERCENT > data/secret/large/NN.in

Random walls (redrawn until the top-left cell lies in an open area covering a third of the
grid); S is the top-left cell and E the open cell farthest from it, so E is reachable and the
path is long.
"""
import random
import sys
from collections import deque

seed, rows, cols, pct = map(int, sys.argv[1:5])
rng = random.Random(seed)
dist = {}
while len(dist) < rows * cols // 3:  # redraw until (0, 0) lies in a big open area
    grid = [["#" if rng.randrange(100) < pct else "." for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = "."
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
far = max(dist, key=lambda cell: (dist[cell], cell))
grid[0][0] = "S"
grid[far[0]][far[1]] = "E"
print(rows, cols)
print("\n".join("".join(row) for row in grid))
