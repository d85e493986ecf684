class MinStack:
    def __init__(self):
        self._items = []  # (value, minimum so far)

    def push(self, x):
        low = x if not self._items else min(x, self._items[-1][1])
        self._items.append((x, low))

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()[0]

    def top(self):
        if not self._items:
            raise IndexError("top of empty stack")
        return self._items[-1][0]

    def get_min(self):
        if not self._items:
            raise IndexError("min of empty stack")
        return self._items[-1][1]
