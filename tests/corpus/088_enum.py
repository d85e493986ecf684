# Corpus: enum.Enum, IntEnum, Flag and auto: iteration, lookup by value and name, members.
from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Prio(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(1).name)
rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, rw.value, [p.name for p in Perm], bool(Perm.R & Perm.X))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def label(self):
        return self.value.title()
print(Status("active").label(), {s.name: s.value for s in Status}, Status.ACTIVE.__class__.__name__)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError:
    print("ValueError: duplicate values")
