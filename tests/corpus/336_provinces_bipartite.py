# Corpus: graph traversal on adjacency matrices and lists: provinces (DFS) and bipartite check (BFS coloring).
from collections import deque
def provinces(m):
    seen = set()
    def dfs(i):
        for j, connected in enumerate(m[i]):
            if connected and j not in seen:
                seen.add(j)
                dfs(j)
    count = 0
    for i in range(len(m)):
        if i not in seen:
            seen.add(i)
            dfs(i)
            count += 1
    return count
def bipartite(graph):
    color = {}
    for s in range(len(graph)):
        if s in color:
            continue
        color[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in graph[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    q.append(v)
                elif color[v] == color[u]:
                    return False
    return True
print(provinces([[1, 1, 0], [1, 1, 0], [0, 0, 1]]), provinces([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
print(bipartite([[1, 2, 3], [0, 2], [0, 1, 3], [0, 2]]), bipartite([[1, 3], [0, 2], [1, 3], [0, 2]]), bipartite([]))
