# Corpus: a max-queue (monotonic deque) supporting push, pop and max in amortised O(1).
from collections import deque
class MaxQueue:
    def __init__(self):
        self.q, self.m = deque(), deque()
    def push(self, x):
        self.q.append(x)
        while self.m and self.m[-1] < x:
            self.m.pop()
        self.m.append(x)
    def pop(self):
        x = self.q.popleft()
        if x == self.m[0]:
            self.m.popleft()
        return x
    def max(self):
        return self.m[0] if self.m else None
mq = MaxQueue()
out = []
for op in [3, 1, 4, "pop", 1, 5, "pop", "pop", 9, 2, "pop", "pop"]:
    if op == "pop":
        out.append(("pop", mq.pop(), mq.max()))
    else:
        mq.push(op)
        out.append(("push", op, mq.max()))
print(out)
