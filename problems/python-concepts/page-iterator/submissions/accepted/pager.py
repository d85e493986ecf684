class Pager:
    def __init__(self, items, size):
        if size < 1:
            raise ValueError("page size must be at least 1")
        self._items = list(items)
        self._size = size
        self._next_page = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._next_page >= len(self):
            raise StopIteration
        page = self[self._next_page]
        self._next_page += 1
        return page

    def __len__(self):
        return -(-len(self._items) // self._size)  # ceiling division

    def __getitem__(self, n):
        if n < 0:
            n += len(self)
        if not 0 <= n < len(self):
            raise IndexError("page index out of range")
        start = n * self._size
        return self._items[start:start + self._size]

    def remaining(self):
        return len(self) - self._next_page
