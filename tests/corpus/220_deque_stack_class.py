# Corpus: a Stack and a Queue class over deque with __len__, __bool__, __repr__ and __iter__.
from collections import deque
class Stack:
    def __init__(self, items=()):
        self._d = deque(items)
    def push(self, x):
        self._d.append(x)
        return self
    def pop(self):
        if not self._d:
            raise IndexError("pop from empty stack")
        return self._d.pop()
    def peek(self):
        return self._d[-1] if self._d else None
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return reversed(self._d)
    def __repr__(self):
        return f"Stack({list(self._d)})"

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), list(s), s.peek(), s.pop(), bool(s), bool(Stack()))
while s:
    s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(Stack().peek(), repr(Stack("ab")))
