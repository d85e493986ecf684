# Floor division forgets the shorter last page when counting pages.
class Pager:
    def __init__(self, items, size):
        if size < 1:
            raise ValueError("page size must be at least 1")
        self.items = list(items)
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        page = self.items[self.pos:self.pos + self.size]
        self.pos += self.size
        return page

    def __len__(self):
        return len(self.items) // self.size

    def __getitem__(self, n):
        pages = [self.items[i:i + self.size] for i in range(0, len(self.items), self.size)]
        return pages[n]

    def remaining(self):
        left = len(self.items) - self.pos
        return max(0, -(-left // self.size))
