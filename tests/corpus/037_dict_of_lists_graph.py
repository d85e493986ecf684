# Corpus: graphs as dicts of lists: BFS shortest path, DFS order and cycle detection.
from collections import deque
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs_path(g, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None
def dfs(g, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in g[node]:
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen
def has_cycle(g):
    state = {}
    def visit(n):
        state[n] = 1
        for m in g[n]:
            if state.get(m) == 1 or (m not in state and visit(m)):
                return True
        state[n] = 2
        return False
    return any(visit(n) for n in g if n not in state)
print(bfs_path(graph, "A", "F"), bfs_path(graph, "F", "A"), dfs(graph, "A"))
print(has_cycle(graph), has_cycle({1: [2], 2: [3], 3: [1]}))
