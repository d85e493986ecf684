# Corpus: cheapest flights within k stops (Bellman-Ford rounds) and negative-cycle detection.
def cheapest(n, flights, src, dst, k):
    INF = float("inf")
    dist = [INF] * n
    dist[src] = 0
    for _ in range(k + 1):
        nxt = dist[:]
        for u, v, w in flights:
            if dist[u] + w < nxt[v]:
                nxt[v] = dist[u] + w
        dist = nxt
    return dist[dst] if dist[dst] != INF else -1
flights = [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]]
print(cheapest(4, flights, 0, 3, 1), cheapest(4, flights, 0, 3, 2), cheapest(3, [[0, 1, 100], [1, 2, 100], [0, 2, 500]], 0, 2, 0))
def has_negative_cycle(n, edges):
    dist = [0] * n
    for i in range(n):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return False
    return True
print(has_negative_cycle(3, [(0, 1, 1), (1, 2, -1), (2, 0, -1)]), has_negative_cycle(3, [(0, 1, 1), (1, 2, 2)]))
