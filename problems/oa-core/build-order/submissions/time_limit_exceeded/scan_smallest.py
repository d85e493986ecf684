# Brute force: at every step scan all modules for the smallest ready one. O(n^2).
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
after = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    after[a].append(b)
    indeg[b] += 1
built = [False] * (n + 1)
order = []
for _ in range(n):
    pick = 0
    for v in range(1, n + 1):
        if not built[v] and indeg[v] == 0:
            pick = v
            break
    if pick == 0:
        break
    built[pick] = True
    order.append(pick)
    for w in after[pick]:
        indeg[w] -= 1
print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")
