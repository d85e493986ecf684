# Corpus: k-th largest and top-k frequent elements with heapq and sorting.
import heapq
from collections import Counter
nums = [3, 2, 3, 1, 2, 4, 5, 5, 6]
print(heapq.nlargest(4, nums)[-1], sorted(nums, reverse=True)[3], heapq.nsmallest(3, nums))
def top_k_frequent(xs, k):
    c = Counter(xs)
    return [v for v, _ in heapq.nlargest(k, c.items(), key=lambda kv: (kv[1], -kv[0]))]
print(top_k_frequent([1, 1, 1, 2, 2, 3], 2), top_k_frequent([4, 4, 5, 5, 6], 2))
words = ["i", "love", "leetcode", "i", "love", "coding"]
c = Counter(words)
print(sorted(c, key=lambda w: (-c[w], w))[:2])
print(heapq.nlargest(2, ["pear", "fig", "apple"], key=len), heapq.nsmallest(1, [(2, "b"), (1, "z")]))
heap = []
for x in nums:
    heapq.heappush(heap, x)
    if len(heap) > 3:
        heapq.heappop(heap)
print(sorted(heap))
