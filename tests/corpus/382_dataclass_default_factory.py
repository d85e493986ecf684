# Corpus: dataclass default_factory with lambdas and classes, independent mutable defaults, and field metadata.
from dataclasses import dataclass, field, fields
import itertools
_ids = itertools.count(1)
@dataclass
class Ticket:
    title: str
    id: int = field(default_factory=lambda: next(_ids))
    tags: set = field(default_factory=set)
    history: list = field(default_factory=lambda: ["created"], repr=False)
    priority: int = field(default=3, metadata={"range": (1, 5)})
a = Ticket("bug")
b = Ticket("feature", tags={"ui"})
a.tags.add("urgent")
a.history.append("assigned")
print(a, b, b.history)
print([(f.name, dict(f.metadata)) for f in fields(Ticket) if f.metadata])
print(Ticket("x").id, Ticket("y").id)
