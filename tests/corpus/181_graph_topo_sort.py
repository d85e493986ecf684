# Corpus: topological sort (Kahn's algorithm and DFS), course schedule feasibility.
from collections import deque, defaultdict
def kahn(n, edges):
    indeg = [0] * n
    adj = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        indeg[b] += 1
    q = deque(i for i in range(n) if indeg[i] == 0)
    order = []
    while q:
        u = q.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return order if len(order) == n else None

def dfs_topo(graph):
    seen, out = set(), []
    def visit(u):
        if u in seen:
            return
        seen.add(u)
        for v in graph.get(u, []):
            visit(v)
        out.append(u)
    for u in graph:
        visit(u)
    return out[::-1]

print(kahn(6, [(5, 2), (5, 0), (4, 0), (4, 1), (2, 3), (3, 1)]), kahn(2, [(0, 1), (1, 0)]), kahn(3, []))
print(dfs_topo({"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}))
