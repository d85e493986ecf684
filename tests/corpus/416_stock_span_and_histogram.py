# Corpus: the stock span problem (online, with a stack) and the number of visible people in a queue.
class StockSpanner:
    def __init__(self):
        self.st = []
    def next(self, price):
        span = 1
        while self.st and self.st[-1][0] <= price:
            span += self.st.pop()[1]
        self.st.append((price, span))
        return span
s = StockSpanner()
print([s.next(p) for p in [100, 80, 60, 70, 60, 75, 85]])
def can_see(heights):
    out, st = [0] * len(heights), []
    for i in range(len(heights) - 1, -1, -1):
        count = 0
        while st and st[-1] < heights[i]:
            st.pop()
            count += 1
        out[i] = count + (1 if st else 0)
        st.append(heights[i])
    return out
print(can_see([10, 6, 8, 5, 11, 9]), can_see([5, 1, 2, 3, 10]))
