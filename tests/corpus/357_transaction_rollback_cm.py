# Corpus: a context manager that snapshots state and rolls back on error, with exception propagation.
import copy
class Account:
    def __init__(self, balances):
        self.balances = balances
    def transaction(self):
        account = self
        class _Tx:
            def __enter__(self):
                self.snapshot = copy.deepcopy(account.balances)
                return account
            def __exit__(self, exc_type, exc, tb):
                if exc_type is not None:
                    account.balances = self.snapshot
                    print("rolled back because of", exc_type.__name__)
                return False
        return _Tx()
    def move(self, a, b, amt):
        self.balances[a] -= amt
        if self.balances[a] < 0:
            raise ValueError(f"{a} overdrawn")
        self.balances[b] += amt
acct = Account({"x": 100, "y": 0})
with acct.transaction() as a:
    a.move("x", "y", 30)
print(acct.balances)
try:
    with acct.transaction() as a:
        a.move("x", "y", 50)
        a.move("x", "y", 50)
except ValueError as e:
    print("ValueError:", e)
print(acct.balances)
