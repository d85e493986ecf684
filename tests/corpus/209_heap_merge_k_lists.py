# Corpus: merging k sorted lists with a heap (tie-breaking by index), and k-way merge with heapq.merge.
import heapq
def merge_k(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heapq.heappop(heap)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out

lists = [[1, 4, 5], [1, 3, 4], [2, 6], [], [0]]
print(merge_k(lists), list(heapq.merge(*lists)), merge_k([]), merge_k([[]]))
def task_scheduler(tasks, n):
    from collections import Counter
    counts = Counter(tasks).values()
    top = max(counts)
    return max(len(tasks), (top - 1) * (n + 1) + sum(1 for c in counts if c == top))
print(task_scheduler(list("AAABBB"), 2), task_scheduler(list("AAABBB"), 0), task_scheduler(list("AAAAAABCDEFG"), 2))
