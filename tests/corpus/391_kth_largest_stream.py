# Corpus: a KthLargest class over a stream with a size-k min-heap.
import heapq
class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)
    def add(self, val):
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]
kl = KthLargest(3, [4, 5, 8, 2])
print([kl.add(v) for v in [3, 5, 10, 9, 4]])
k1 = KthLargest(1, [])
print([k1.add(v) for v in [-3, -2, -4, 0, 4]])
