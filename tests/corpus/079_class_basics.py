# Corpus: classes: instance and class attributes, __init__, __repr__/__str__, methods.
class Account:
    bank = "PyBank"
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __str__(self):
        return f"{self.owner}: {self.balance}"

a = Account("ann")
b = Account("bob", 50)
a.deposit(10).deposit(5)
print(a, repr(b), [a, b], str(b), Account.count, a.bank, b.count)
a.bank = "Other"
print(a.bank, b.bank, Account.bank, "bank" in vars(a), sorted(vars(b)))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(a).__name__, isinstance(a, Account), hasattr(a, "owner"), getattr(a, "nope", "default"))
setattr(b, "nick", "bobby")
print(b.nick, Account.__name__, Account.deposit.__name__)
