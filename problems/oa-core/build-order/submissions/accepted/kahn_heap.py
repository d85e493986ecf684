import heapq
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    after = [[] for _ in range(n + 1)]  # after[a]: modules that wait for a
    waiting = [0] * (n + 1)  # how many unbuilt prerequisites each module still has
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        after[a].append(b)
        waiting[b] += 1
    ready = [v for v in range(1, n + 1) if waiting[v] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        v = heapq.heappop(ready)  # the smallest module that can be built now
        order.append(v)
        for w in after[v]:
            waiting[w] -= 1
            if waiting[w] == 0:
                heapq.heappush(ready, w)
    if len(order) < n:
        print("IMPOSSIBLE")  # the rest wait on each other in a cycle
    else:
        print(" ".join(map(str, order)))


main()
