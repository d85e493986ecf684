# Corpus: dataclass __post_init__, field(init=False, repr=False), kw_only and slots.
from dataclasses import dataclass, field, InitVar

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    secret: str = field(default="x", repr=False)
    def __post_init__(self):
        self.area = self.w * self.h

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

@dataclass(slots=True)
class P:
    x: int
    y: int

@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.base *= scale

print(Rect(2, 3), Opts(level=3), P(1, 2), WithInit(5), WithInit(5, 10))
try:
    Opts(True)
except TypeError:
    print("TypeError: keyword-only")
p = P(1, 2)
try:
    p.z = 3
except AttributeError:
    print("AttributeError: slots")
print(hasattr(P, "__slots__"), P.__slots__)
