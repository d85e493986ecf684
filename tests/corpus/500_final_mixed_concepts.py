# Corpus: a mixed review program: dataclass, enum, generator, comprehension, context manager and sorting together.
from dataclasses import dataclass
from enum import Enum
from contextlib import contextmanager
class Status(Enum):
    TODO = 1
    DONE = 2
@dataclass(order=True)
class Task:
    priority: int
    title: str
    status: Status = Status.TODO
@contextmanager
def section(name):
    print(f"[{name}]")
    yield
    print(f"[/{name}]")
tasks = [Task(2, "write tests"), Task(1, "fix bug", Status.DONE), Task(3, "refactor"), Task(1, "deploy")]
def pending(ts):
    yield from (t for t in sorted(ts) if t.status is Status.TODO)
with section("pending"):
    for t in pending(tasks):
        print(t.priority, t.title)
with section("summary"):
    print({s.name: sum(t.status is s for t in tasks) for s in Status}, min(tasks).title, max(tasks, key=lambda t: len(t.title)).title)
