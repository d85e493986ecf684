# Corpus: lists as stacks and deques as queues: a min-stack and queue from two stacks.
from collections import deque
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []
    def push(self, x):
        self.items.append(x)
        self.mins.append(x if not self.mins else min(x, self.mins[-1]))
    def pop(self):
        self.mins.pop()
        return self.items.pop()
    def get_min(self):
        return self.mins[-1]
class TwoStackQueue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def push(self, x):
        self.inbox.append(x)
    def pop(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
s = MinStack()
for v in [5, 3, 7, 3, 1]:
    s.push(v)
print(s.get_min(), s.pop(), s.get_min(), s.pop(), s.pop(), s.get_min())
q = TwoStackQueue()
for v in range(4):
    q.push(v)
print(q.pop(), q.pop())
q.push(10)
print(q.pop(), q.pop(), q.pop())
dq = deque([1, 2, 3])
dq.appendleft(0)
dq.append(4)
print(dq.popleft(), dq.pop(), list(dq))
