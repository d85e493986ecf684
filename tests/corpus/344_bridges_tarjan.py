# Corpus: critical connections (bridges) with Tarjan's low-link DFS.
def bridges(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    disc, low, out, timer = [-1] * n, [0] * n, [], [0]
    def dfs(u, parent):
        disc[u] = low[u] = timer[0]
        timer[0] += 1
        for v in adj[u]:
            if v == parent:
                continue
            if disc[v] == -1:
                dfs(v, u)
                low[u] = min(low[u], low[v])
                if low[v] > disc[u]:
                    out.append(sorted((u, v)))
            else:
                low[u] = min(low[u], disc[v])
    for s in range(n):
        if disc[s] == -1:
            dfs(s, -1)
    return sorted(out)
print(bridges(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), bridges(2, [[0, 1]]), bridges(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]))
