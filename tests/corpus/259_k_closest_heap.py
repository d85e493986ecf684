# Corpus: max-heap of negated keys for k closest values, and heap entries with tie-breaking counters.
import heapq, itertools
def k_closest(nums, x, k):
    heap = []
    for n in nums:
        heapq.heappush(heap, (-abs(n - x), -n))
        if len(heap) > k:
            heapq.heappop(heap)
    return sorted(-n for _, n in heap)
print(k_closest([1, 2, 3, 4, 5], 3, 4), k_closest([1, 1, 2, 3, 4, 5], -1, 4), k_closest([5, 10, 15], 11, 1))
class Task:
    def __init__(self, name):
        self.name = name
counter = itertools.count()
pq = []
for prio, name in [(2, "b"), (1, "a"), (2, "c"), (1, "d")]:
    heapq.heappush(pq, (prio, next(counter), Task(name)))
print([heapq.heappop(pq)[2].name for _ in range(len(pq))])
try:
    heapq.heappush(pq, (1, Task("x")))
    heapq.heappush(pq, (1, Task("y")))
except TypeError:
    print("TypeError: Task objects are not orderable")
