# Corpus: structural pattern matching: literals, sequences, mappings, classes, guards and captures.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "quit" | "exit":
            return "command"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"starts {x},{y} then {len(rest)} more"
        case {"type": "user", "name": name, **others}:
            return f"user {name} {others}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case _:
            return "unknown"
for o in [0, 1, -5, 7, 2.5, "quit", "hello", [], [9], [1, 2, 3, 4], (1, 2), {"type": "user", "name": "ann", "age": 3},
          {"type": "bot"}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), None, {1, 2}]:
    print(repr(o), "->", describe(o))
