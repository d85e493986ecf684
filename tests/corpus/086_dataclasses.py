# Corpus: dataclasses: defaults, field(default_factory), ordering, frozen, asdict and replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

i = Item("pen", 1.5, 4)
print(i, i.total(), asdict(i), astuple(i))
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2), replace(i, qty=10))
i.tags.append("office")
print(Item("b", 2).tags, i.tags)
vs = [Version(2, 1), Version(1, 9), Version(2), Version(1, 10)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__)
print([f.name for f in fields(Item)], Item.__dataclass_fields__["qty"].default)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError:
    print("ValueError: mutable default")
