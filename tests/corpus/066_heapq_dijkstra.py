# Corpus: Dijkstra's shortest paths with heapq, and k closest points.
import heapq
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)], "d": []}
print(dijkstra(g, "a"), dijkstra(g, "d"))
pts = [(1, 3), (-2, 2), (5, 8), (0, 1), (2, -2)]
print(heapq.nsmallest(3, pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
def kth_smallest_matrix(m, k):
    h = [(row[0], i, 0) for i, row in enumerate(m)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, i, j = heapq.heappop(h)
        if j + 1 < len(m[i]):
            heapq.heappush(h, (m[i][j + 1], i, j + 1))
    return h[0][0]
print(kth_smallest_matrix([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
