# Corpus: heapq push/pop, heapify, pushpop/replace, tuples as priorities and max-heaps by negation.
import heapq
h = [5, 1, 8, 3, 2, 9]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, 0)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), sorted(h))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
mx = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(2)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "a"], ["c"], key=len)))
h2 = [(1, 2, "x"), (1, 1, "y")]
heapq.heapify(h2)
print(heapq.heappop(h2))
