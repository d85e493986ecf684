# Corpus: bitmask DP: travelling salesman on a small complete graph, and counting assignments.
from functools import lru_cache
dist = [[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]]
n = len(dist)
@lru_cache(maxsize=None)
def tsp(mask, last):
    if mask == (1 << n) - 1:
        return dist[last][0]
    return min(dist[last][nxt] + tsp(mask | (1 << nxt), nxt) for nxt in range(n) if not mask & (1 << nxt))
print(tsp(1, 0), tsp.cache_info().currsize)
cost = [[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8], [7, 6, 9, 4]]
best = [float("inf")] * (1 << 4)
best[0] = 0
for mask in range(1 << 4):
    worker = bin(mask).count("1")
    if worker < 4:
        for job in range(4):
            if not mask & (1 << job):
                best[mask | (1 << job)] = min(best[mask | (1 << job)], best[mask] + cost[worker][job])
print(best[-1])
