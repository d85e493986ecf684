# Corpus: a vending machine with Enum states, coin validation and change making (greedy on fixed coins).
from enum import Enum
class Coin(Enum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
class Machine:
    PRICES = {"cola": 65, "chips": 50, "gum": 15}
    def __init__(self):
        self.balance = 0
    def insert(self, coin):
        if not isinstance(coin, Coin):
            raise TypeError(f"rejected {coin!r}")
        self.balance += coin.value
    def buy(self, item):
        price = self.PRICES[item]
        if self.balance < price:
            return f"need {price - self.balance} more"
        change, self.balance = self.balance - price, 0
        coins = []
        for c in sorted(Coin, key=lambda c: -c.value):
            n, change = divmod(change, c.value)
            coins += [c.name] * n
        return f"{item} + change {coins}"
m = Machine()
for c in [Coin.QUARTER, Coin.QUARTER, Coin.DIME]:
    m.insert(c)
print(m.buy("cola"))
for c in [Coin.QUARTER] * 4:
    m.insert(c)
print(m.buy("gum"), m.buy("chips"))
try:
    m.insert(1)
except TypeError as e:
    print("TypeError:", e)
