# Off by one at the boundary: ">=" refuses to let a customer empty the account.
class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self._history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount >= self._balance:
            raise InsufficientFunds()
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def get_balance(self):
        return self._balance

    def history(self):
        return list(self._history)
