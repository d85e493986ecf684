"""Writes data/ for bank-account: python3 generators/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["BankAccount", "Asha", 500], ["deposit", 250], ["withdraw", 100], ["get_balance"], ["history"]])
t.sample([["BankAccount", "Ravi"], ["deposit", 40], ["withdraw", 100]])

t.secret("basic", [["BankAccount", "Meena", 1000], ["withdraw", 1], ["deposit", 999], ["withdraw", 500],
                   ["get_balance"], ["history"]])
t.secret("basic", [["BankAccount", "Kiran"], ["get_balance"], ["history"], ["deposit", 10**9], ["withdraw", 10**9 - 1],
                   ["get_balance"]])
rng = random.Random(7)
ops = [["BankAccount", "Long", 50]]
bal = 50
for _ in range(60):
    if rng.random() < 0.5:
        a = rng.randint(1, 300)
        bal += a
        ops.append(["deposit", a])
    else:
        a = rng.randint(1, max(1, bal - 1)) if bal > 1 else None
        if a is None or a >= bal:
            continue
        bal -= a
        ops.append(["withdraw", a])
ops += [["get_balance"], ["history"]]
t.secret("basic", ops)

H_INS = "After a refused withdrawal, is the balance exactly what it was before, and is the history unchanged?"
t.secret("insufficient", [["BankAccount", "Dev", 300], ["withdraw", 301], ["get_balance"], ["history"]], hint=H_INS)
t.secret("insufficient", [["BankAccount", "Dev"], ["withdraw", 5], ["deposit", 20], ["withdraw", 25], ["withdraw", 7],
                          ["get_balance"], ["history"]], hint=H_INS)
t.secret("insufficient", [["BankAccount", "Zoya", 100], ["withdraw", 60], ["withdraw", 60], ["withdraw", 60],
                          ["withdraw", 39], ["get_balance"]], hint=H_INS)

H_EX = "Can a customer take out every last rupee? Check the comparison you use against the balance."
t.secret("exact-balance", [["BankAccount", "Lata", 250], ["withdraw", 250], ["get_balance"], ["history"]], hint=H_EX)
t.secret("exact-balance", [["BankAccount", "Lata"], ["deposit", 75], ["withdraw", 25], ["withdraw", 50],
                           ["withdraw", 1]], hint=H_EX)

H_INV = "Is a deposit or withdrawal of 0, or of a negative amount, a real transaction?"
t.secret("invalid-amount", [["BankAccount", "Om", 100], ["deposit", 0], ["deposit", -50], ["withdraw", 0],
                            ["withdraw", -10], ["get_balance"], ["history"]], hint=H_INV)
t.secret("invalid-amount", [["BankAccount", "Om"], ["withdraw", -1000], ["get_balance"]], hint=H_INV)

H_OPEN = "What should happen when an account is opened with a negative balance, or with no balance at all?"
t.secret("opening", [["BankAccount", "Neg", -1]], hint=H_OPEN)
t.secret("opening", [["BankAccount", "Zero", 0], ["get_balance"], ["withdraw", 1], ["history"]], hint=H_OPEN)
t.write()
