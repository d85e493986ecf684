# Too slow: the visited cells are kept in a list, so every "already visited?" check scans it.
import sys

lines = sys.stdin.read().split("\n")
rows, cols = map(int, lines[0].split())
grid = lines[1:1 + rows]
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        if grid[r][c] == "E":
            end = (r, c)
visited = [start]
queue = [(start, 0)]
head = 0
answer = -1
while head < len(queue):
    (r, c), d = queue[head]
    head += 1
    if (r, c) == end:
        answer = d
        break
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in visited:
            visited.append((nr, nc))
            queue.append(((nr, nc), d + 1))
print(answer)
