# Corpus: generator pipelines: read, filter, transform and aggregate lazily.
lines = ["INFO start", "ERROR disk full", "INFO ok", "WARN slow", "ERROR net down", ""]

def read(src):
    for line in src:
        yield line

def nonempty(it):
    return (l for l in it if l.strip())

def parse(it):
    for l in it:
        level, _, msg = l.partition(" ")
        yield level, msg

def only(level, it):
    return (msg for lvl, msg in it if lvl == level)

print(list(only("ERROR", parse(nonempty(read(lines))))))
from collections import Counter
print(Counter(lvl for lvl, _ in parse(nonempty(lines))))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(3, running_total(iter(int, 1)))))
