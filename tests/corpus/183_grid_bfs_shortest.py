# Corpus: BFS on a grid maze: shortest path length and the path itself; multi-source BFS (rotting oranges).
from collections import deque
maze = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
R, C = len(maze), len(maze[0])
start = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "S")
prev = {start: None}
q = deque([start])
end = None
while q:
    r, c = q.popleft()
    if maze[r][c] == "E":
        end = (r, c)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
path = []
while end:
    path.append(end)
    end = prev[end]
print(len(path) - 1, path[::-1][:6])
def oranges(grid):
    q = deque((r, c, 0) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 2)
    fresh = sum(row.count(1) for row in grid)
    t = 0
    while q:
        r, c, t = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == 1:
                grid[nr][nc] = 2
                fresh -= 1
                q.append((nr, nc, t + 1))
    return t if fresh == 0 else -1
print(oranges([[2, 1, 1], [1, 1, 0], [0, 1, 1]]), oranges([[2, 1, 1], [0, 1, 1], [1, 0, 1]]), oranges([[0, 2]]))
