# Corpus: context manager classes: __enter__/__exit__ order, suppressing exceptions, nesting.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracer("a") as t:
    print("inside", t.name)
with Tracer("outer"), Tracer("inner"):
    print("both")
with Tracer("swallow", suppress=True):
    raise KeyError("lost")
print("after swallow")
try:
    with Tracer("propagate"):
        1 / 0
except ZeroDivisionError:
    print("caught outside")
def early():
    with Tracer("ret"):
        return "returned"
print(early())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            break
