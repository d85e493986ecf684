# Corpus: minimum knight moves on an 8x8 board with BFS, and counting reachable squares in k moves.
from collections import deque
MOVES = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]
def knight(src, dst, n=8):
    q, seen = deque([(src, 0)]), {src}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == dst:
            return d
        for dr, dc in MOVES:
            nxt = (r + dr, c + dc)
            if 0 <= nxt[0] < n and 0 <= nxt[1] < n and nxt not in seen:
                seen.add(nxt)
                q.append((nxt, d + 1))
    return -1
print(knight((0, 0), (7, 7)), knight((0, 0), (0, 1)), knight((3, 3), (3, 3)), knight((0, 0), (1, 2)))
frontier = {(0, 0)}
for k in range(1, 4):
    frontier = {(r + dr, c + dc) for r, c in frontier for dr, dc in MOVES if 0 <= r + dr < 8 and 0 <= c + dc < 8}
    print(k, len(frontier))
