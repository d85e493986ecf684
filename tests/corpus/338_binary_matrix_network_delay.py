# Corpus: shortest path in a binary matrix (8 directions, BFS) and network delay time (Dijkstra).
from collections import deque
import heapq
def shortest_binary(grid):
    n = len(grid)
    if grid[0][0] or grid[-1][-1]:
        return -1
    q = deque([(0, 0, 1)])
    seen = {(0, 0)}
    while q:
        r, c, d = q.popleft()
        if (r, c) == (n - 1, n - 1):
            return d
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < n and 0 <= nc < n and not grid[nr][nc] and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    q.append((nr, nc, d + 1))
    return -1
def network_delay(times, n, k):
    adj = {}
    for u, v, w in times:
        adj.setdefault(u, []).append((v, w))
    dist = {}
    pq = [(0, k)]
    while pq:
        d, u = heapq.heappop(pq)
        if u in dist:
            continue
        dist[u] = d
        for v, w in adj.get(u, []):
            if v not in dist:
                heapq.heappush(pq, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
print(shortest_binary([[0, 1], [1, 0]]), shortest_binary([[0, 0, 0], [1, 1, 0], [1, 1, 0]]), shortest_binary([[1, 0, 0], [1, 1, 0], [1, 1, 0]]))
print(network_delay([[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2), network_delay([[1, 2, 1]], 2, 2))
