# Corpus: contextlib.contextmanager objects used as decorators (ContextDecorator), and a class-based one.
from contextlib import contextmanager, ContextDecorator
@contextmanager
def banner(name):
    print(f"== {name} start")
    yield
    print(f"== {name} end")
@banner("task")
def task(x):
    print("working on", x)
    return x * 2
print(task(21))
print(task(1))
class tracked(ContextDecorator):
    depth = 0
    def __enter__(self):
        tracked.depth += 1
        print("depth", tracked.depth)
        return self
    def __exit__(self, *exc):
        tracked.depth -= 1
        return False
@tracked()
def nested(n):
    if n:
        nested(n - 1)
nested(2)
print(tracked.depth)
