# Corpus: running median with two heaps.
import heapq
class MedianFinder:
    def __init__(self):
        self.lo, self.hi = [], []
    def add(self, num):
        heapq.heappush(self.lo, -num)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))
    def median(self):
        if len(self.lo) > len(self.hi):
            return float(-self.lo[0])
        return (-self.lo[0] + self.hi[0]) / 2
mf = MedianFinder()
out = []
for n in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    mf.add(n)
    out.append(mf.median())
print(out)
