# Classic mistake: BFS level by level, but when the queue runs dry without reaching E the
# program prints the number of levels explored instead of -1.
import sys
from collections import deque

lines = sys.stdin.read().split("\n")
rows, cols = map(int, lines[0].split())
grid = lines[1:1 + rows]
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        if grid[r][c] == "E":
            end = (r, c)
seen = {start}
queue = deque([start])
steps = 0
found = False
while queue and not found:
    for _ in range(len(queue)):
        r, c = queue.popleft()
        if (r, c) == end:
            found = True
            break
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc))
    if not found:
        steps += 1
print(steps)
