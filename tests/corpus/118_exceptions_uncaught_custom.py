# Corpus: a program that ends with an uncaught custom exception after printing some output.
class InsufficientFunds(Exception):
    """Raised when a withdrawal is larger than the balance."""

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance}, asked {amount}")
    return balance - amount

b = 100
for amount in [30, 50, 40]:
    print("withdrawing", amount)
    b = withdraw(b, amount)
    print("balance", b)
