# Corpus: typing.NamedTuple with defaults, methods, properties and _replace; immutability and unpacking.
from typing import NamedTuple
class Card(NamedTuple):
    rank: str
    suit: str = "S"
    def label(self):
        return f"{self.rank}{self.suit}"
    @property
    def is_face(self):
        return self.rank in "JQK"
cards = [Card("K", "H"), Card("2"), Card("Q", "D")]
print(cards, [c.label() for c in cards], [c.is_face for c in cards])
print(Card._fields, Card._field_defaults, cards[0]._replace(suit="C"), tuple(cards[1]))
r, s = cards[2]
print(r, s, cards[0] == ("K", "H"), sorted(cards))
try:
    cards[0].rank = "A"
except AttributeError:
    print("AttributeError: can't set attribute")
