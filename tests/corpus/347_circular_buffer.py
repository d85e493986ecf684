# Corpus: a fixed-size circular buffer class with overwrite, iteration and custom exceptions.
class BufferEmpty(Exception):
    pass
class Ring:
    def __init__(self, size):
        self.data, self.head, self.count = [None] * size, 0, 0
    def push(self, x):
        tail = (self.head + self.count) % len(self.data)
        self.data[tail] = x
        if self.count == len(self.data):
            self.head = (self.head + 1) % len(self.data)
        else:
            self.count += 1
    def pop(self):
        if not self.count:
            raise BufferEmpty("empty")
        x = self.data[self.head]
        self.head = (self.head + 1) % len(self.data)
        self.count -= 1
        return x
    def __iter__(self):
        return (self.data[(self.head + i) % len(self.data)] for i in range(self.count))
    def __len__(self):
        return self.count
r = Ring(3)
for i in range(5):
    r.push(i)
print(list(r), len(r), r.pop(), list(r))
r.push("x"); r.push("y")
print(list(r), [r.pop() for _ in range(len(r))])
try:
    r.pop()
except BufferEmpty as e:
    print("BufferEmpty:", e)
