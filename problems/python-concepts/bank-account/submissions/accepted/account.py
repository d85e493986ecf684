class InsufficientFunds(Exception):
    """Raised when a withdrawal is larger than the balance."""


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self._history = []

    @staticmethod
    def _check(amount):
        if amount <= 0:
            raise ValueError("amount must be positive")

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance:
            raise InsufficientFunds(f"balance {self._balance}, asked for {amount}")
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def get_balance(self):
        return self._balance

    def history(self):
        return list(self._history)
