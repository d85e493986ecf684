# Corpus: a traffic-light / order state machine with Enum members, transitions and match.
from enum import Enum, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
}

def advance(state, target):
    if target not in TRANSITIONS.get(state, set()):
        raise ValueError(f"cannot go from {state.name} to {target.name}")
    return target

def describe(state):
    match state:
        case State.NEW | State.PAID:
            return "in progress"
        case State.SHIPPED:
            return "on the way"
        case _:
            return "final"

s = State.NEW
for t in [State.PAID, State.SHIPPED, State.CANCELLED, State.DELIVERED]:
    try:
        s = advance(s, t)
        print("now", s.name, s.value, describe(s))
    except ValueError as e:
        print("ValueError:", e)
print([m.name for m in State], sorted(m.value for m in State))
