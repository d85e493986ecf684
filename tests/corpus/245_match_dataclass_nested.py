# Corpus: match with nested class patterns and guards over a small expression tree evaluator.
from dataclasses import dataclass
@dataclass
class Num:
    v: float
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Neg:
    e: object
def ev(e):
    match e:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return ev(inner)
        case Neg(inner):
            return -ev(inner)
        case BinOp("+", l, r):
            return ev(l) + ev(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l) * ev(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown op {op}")
tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(ev(tree), ev(Neg(Neg(Num(7)))), ev(BinOp("*", Num(0), BinOp("?", Num(1), Num(1)))))
try:
    ev(BinOp("?", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
print(Num.__match_args__, BinOp.__match_args__)
