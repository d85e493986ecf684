# Corpus: heap entries with equal priorities fall back to comparing the next tuple element (even None fails).
import heapq
h = [(1, "b"), (1, "a"), (0, "z")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
bad = [(1, None), (1, None)]
try:
    heapq.heapify(bad)
    print("heapify ok:", bad)
    heapq.heappush(bad, (1, 5))
except TypeError:
    print("TypeError: None and int are not orderable")
h2 = []
for i, (p, task) in enumerate([(2, {"n": 1}), (2, {"n": 2}), (1, {"n": 3})]):
    heapq.heappush(h2, (p, i, task))
print([heapq.heappop(h2)[2]["n"] for _ in range(3)])
