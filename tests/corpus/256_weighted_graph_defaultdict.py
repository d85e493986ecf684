# Corpus: nested defaultdicts for weighted graphs, degree counts and Floyd-Warshall on a small graph.
from collections import defaultdict
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4)]
g = defaultdict(dict)
deg = defaultdict(int)
for u, v, w in edges:
    g[u][v] = w
    g[v][u] = w
    deg[u] += 1
    deg[v] += 1
print(dict(g))
print(sorted(deg.items(), key=lambda kv: (-kv[1], kv[0])))
nodes = sorted(g)
INF = float("inf")
dist = {u: {v: 0 if u == v else g[u].get(v, INF) for v in nodes} for u in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
for u in nodes:
    print(u, [dist[u][v] for v in nodes])
