# Corpus: dataclass ordering with field(compare=False), sort_index idiom, and unsafe_hash.
from dataclasses import dataclass, field

@dataclass(order=True)
class Player:
    sort_index: int = field(init=False, repr=False)
    name: str = field(compare=False)
    score: int
    level: int = 1
    def __post_init__(self):
        self.sort_index = -self.score

players = [Player("ann", 50), Player("bob", 70, 3), Player("cy", 50, 2), Player("dee", 90)]
print([p.name for p in sorted(players)], min(players).name, Player("x", 1) == Player("y", 1))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, compare=True)

print(len({Key(1, "x"), Key(1, "x"), Key(2, "y")}), Key(1, "x") == Key(1, "y"))
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), len({Identity(1), Identity(1)}))
