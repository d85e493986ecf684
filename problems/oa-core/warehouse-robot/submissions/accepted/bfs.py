import sys
from collections import deque


def main():
    lines = sys.stdin.read().split("\n")
    rows, cols = map(int, lines[0].split())
    grid = lines[1:1 + rows]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    dist = {start: 0}  # a cell gets its distance when it is first reached
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if (r, c) == end:
            print(dist[end])
            return
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    print(-1)


main()
