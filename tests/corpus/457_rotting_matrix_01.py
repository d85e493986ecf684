# Corpus: distance to the nearest zero in a binary matrix (multi-source BFS).
from collections import deque
def nearest_zero(mat):
    R, C = len(mat), len(mat[0])
    dist = [[-1] * C for _ in range(R)]
    q = deque()
    for r in range(R):
        for c in range(C):
            if mat[r][c] == 0:
                dist[r][c] = 0
                q.append((r, c))
    while q:
        r, c = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < R and 0 <= nc < C and dist[nr][nc] == -1:
                dist[nr][nc] = dist[r][c] + 1
                q.append((nr, nc))
    return dist
for row in nearest_zero([[0, 0, 0], [0, 1, 0], [1, 1, 1]]):
    print(row)
for row in nearest_zero([[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 0]]):
    print(row)
