# Corpus: recursion 900 levels down a path graph: a plain DFS, and a longest-path helper with a memo default argument.
graph = {i: [i + 1] for i in range(899)}
graph[899] = []
order = []
def dfs(u):
    order.append(u)
    for v in graph[u]:
        dfs(v)
dfs(0)
print(len(order), order[:3], order[-3:])
def longest(u, memo={}):
    if u not in memo:
        best = 0
        for v in graph[u]:
            best = max(best, longest(v))
        memo[u] = 1 + best
    return memo[u]
print(longest(0))
