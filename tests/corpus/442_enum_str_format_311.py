# Corpus: str() and format() of IntEnum, StrEnum and plain Enum members (as changed in Python 3.11).
from enum import Enum, IntEnum, StrEnum, auto
class Color(Enum):
    RED = 1
class Level(IntEnum):
    LOW = 1
    HIGH = 2
class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"
print(Color.RED, str(Color.RED), f"{Color.RED}", repr(Color.RED))
print(Level.HIGH, str(Level.HIGH), f"{Level.HIGH}", f"{Level.HIGH:03d}", repr(Level.HIGH), Level.HIGH + 1)
print(Shade.DARK, str(Shade.LIGHT), f"{Shade.LIGHT}", repr(Shade.DARK), Shade.DARK == "dark", Shade.DARK.upper())
print("%s %d" % (Level.LOW, Level.LOW), "{}".format(Level.LOW), [Level.LOW, Shade.DARK])
