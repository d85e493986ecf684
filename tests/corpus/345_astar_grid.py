# Corpus: A* search on a grid with a Manhattan heuristic and deterministic tie-breaking.
import heapq
grid = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    "........#E",
]
R, C = len(grid), len(grid[0])
start = (0, 0)
goal = (4, 9)
def h(p):
    return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
pq = [(h(start), 0, start)]
best = {start: 0}
came = {}
while pq:
    f, g, cur = heapq.heappop(pq)
    if cur == goal:
        break
    if g > best[cur]:
        continue
    r, c = cur
    for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        nr, nc = nxt
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and g + 1 < best.get(nxt, 10 ** 9):
            best[nxt] = g + 1
            came[nxt] = cur
            heapq.heappush(pq, (g + 1 + h(nxt), g + 1, nxt))
path = [goal]
while path[-1] != start:
    path.append(came[path[-1]])
print(best[goal], len(path))
rows = [list(r) for r in grid]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
