# Rewinds when it runs out, so the next call after StopIteration starts over from page 0.
class Pager:
    def __init__(self, items, size):
        if size < 1:
            raise ValueError("page size must be at least 1")
        self.pages = [items[i:i + size] for i in range(0, len(items), size)]
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.pages):
            self.pos = 0
            raise StopIteration
        self.pos += 1
        return self.pages[self.pos - 1]

    def __len__(self):
        return len(self.pages)

    def __getitem__(self, n):
        return self.pages[n]

    def remaining(self):
        return len(self.pages) - self.pos
