"""Writes data/ for transaction-context: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''store = {"cash": 100, "stock": 5}
log = []
with Transaction(store, log) as tx:
    store["cash"] += 40
    store["stock"] -= 1
print(sorted(store.items()), tx.status, log)
try:
    with Transaction(store, log) as tx:
        store["cash"] -= 500
        store["stock"] = 0
        raise Rollback
except Rollback:
    pass  # never runs: Transaction suppresses Rollback
print(sorted(store.items()), tx.status, log)
''')
t.sample('''store = {"queue": []}
log = []
with atomic(store, log) as s:
    s["queue"].append("order-1")
    log.append("work")
print(sorted(store.items()), log)
''')

t.secret("basic", '''store = {}
tx = Transaction(store)
with tx as inside:
    print(inside is tx, tx.status)
    store["new"] = 1
print(tx.status, sorted(store.items()))
with Transaction(store) as tx2:
    pass
print(tx2.status, sorted(store.items()))
''')
t.secret("basic", '''store = {"a": 1}
log = []
with atomic(store, log) as s:
    print(s is store)
    s["b"] = 2
    del s["a"]
print(sorted(store.items()), log)
''')

H_P = "A failed transaction must put the data back AND let the error reach the caller unchanged. What does __exit__ return for a ValueError?"
t.secret("propagate", '''store = {"x": 1, "y": 2}
err = KeyError("missing")
try:
    with Transaction(store) as tx:
        store["x"] = 100
        store["z"] = 3
        del store["y"]
        raise err
    print("not reached")
except KeyError as e:
    print("caught", e is err)
print(sorted(store.items()), tx.status)
''', hint=H_P)
t.secret("propagate", '''store = {"n": 0}
log = []
for exc in (ZeroDivisionError, TypeError):
    try:
        with Transaction(store, log):
            store["n"] += 1
            raise exc("boom")
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(store.items()), log)
''', hint=H_P)
t.secret("propagate", '''inventory = {"apples": 10}
log = []

@transactional(inventory, log)
def sell(item, qty):
    inventory["apples"] -= qty
    inventory[item] -= qty
    return inventory[item]

for item in ("pears", "apples"):
    try:
        sell(item, 2)
        print("sold", sorted(inventory.items()))
    except KeyError:
        print("KeyError", sorted(inventory.items()))
print(log)
''', hint=H_P)
t.secret("propagate", '''store = {"n": 5}
def risky():
    with Transaction(store):
        store["n"] = 1 // 0
try:
    risky()
except ZeroDivisionError:
    print("ZeroDivisionError reached the caller")
print(sorted(store.items()))
''', hint=H_P)

H_Q = "Rollback (and any subclass of it) is a deliberate cancel: the data goes back, and the program carries on after the with block."
t.secret("quiet-rollback", '''class CancelOrder(Rollback):
    pass

store = {"stock": 3}
log = []
for exc in (Rollback, CancelOrder):
    try:
        with Transaction(store, log) as tx:
            store["stock"] = 0
            raise exc()
        print("after with", tx.status)
    except Rollback:
        print("Rollback escaped the with block")
print(sorted(store.items()), log)
''', hint=H_Q)
t.secret("quiet-rollback", '''store = {"k": [1]}
def cancel():
    with Transaction(store):
        store["k"] = None
        raise Rollback
    return "returned normally"
try:
    print(cancel())
except Rollback:
    print("Rollback escaped the with block")
print(sorted(store.items()))
''', hint=H_Q)

H_D = "Does your snapshot share inner lists and dicts with the live store? Change an inner list, roll back, and look again."
t.secret("nested-data", '''store = {"cart": ["pen"], "meta": {"tags": ["new"], "count": 1}}
try:
    with Transaction(store):
        store["cart"].append("book")
        store["meta"]["tags"].clear()
        store["meta"]["count"] += 1
        raise RuntimeError("payment failed")
except RuntimeError:
    pass
print(sorted(store.items()))
''', hint=H_D)
t.secret("nested-data", '''store = {"grid": [[0, 0], [0, 0]]}
log = []
with atomic(store, log) as s:
    s["grid"][0][0] = 9
    raise Rollback
print(sorted(store.items()), log)
try:
    with Transaction(store, log):
        store["grid"][1][1] = 7
        store["grid"].append([1, 1])
        raise LookupError
except LookupError:
    pass
print(sorted(store.items()), log)
''', hint=H_D)

H_F = "When the block raises, the generator gets the exception at its yield. Which part of a try statement runs whether or not the exception continues?"
t.secret("finally-order", '''store = {"v": 1}
log = []
try:
    with atomic(store, log):
        log.append("work")
        store["v"] = 2
        raise KeyError("v")
except KeyError:
    log.append("caller saw KeyError")
print(log, sorted(store.items()))
''', hint=H_F)
t.secret("finally-order", '''store = {}
log = []
with atomic(store, log):
    store["a"] = 1
try:
    with atomic(store, log):
        store["a"] = 2
        int("nope")
except ValueError:
    pass
with atomic(store, log):
    raise Rollback
print(log, sorted(store.items()))
''', hint=H_F)

H_N = "A transaction inside another undoes only its own changes. And if the inner error is not caught, both of them roll back, inner first."
t.secret("nested", '''store = {"a": 0, "b": 0}
log = []
with Transaction(store, log) as outer:
    store["a"] = 1
    try:
        with Transaction(store, log) as inner:
            store["b"] = 1
            store["a"] = 5
            raise ValueError("inner only")
    except ValueError:
        pass
    store["a"] += 10
print(sorted(store.items()), outer.status, inner.status, log)
''', hint=H_N)
t.secret("nested", '''store = {"outer": 0}
log = []
with atomic(store, log):
    store["outer"] = 1
    with Transaction(store, log):
        store["ok"] = 1
    try:
        with Transaction(store, log):
            store["bad"] = 1
            store["outer"] = 99
            raise TypeError("bad step")
    except TypeError:
        pass
    store["end"] = 1
print(sorted(store.items()), log)
''', hint=H_N)
t.secret("propagate", '''store = {"a": 0}
log = []
try:
    with Transaction(store, log):
        store["a"] = 1
        with Transaction(store, log):
            store["a"] = 2
            raise IndexError("deep")
except IndexError:
    pass
print(sorted(store.items()), log)
''', hint=H_P)

H_T = "The decorated function's return value must reach the caller. And what does the call give back when the function raised Rollback?"
t.secret("decorator", '''inventory = {"apples": 10}
log = []

@transactional(inventory, log)
def sell(item, qty):
    inventory[item] -= qty
    if inventory[item] < 0:
        raise Rollback
    return inventory[item]

print(sell("apples", 3), sell("apples", 100), sell.__name__)
print(sorted(inventory.items()), log)
''', hint=H_T)
t.secret("decorator", '''data = {"count": 0}

@transactional(data)
def bump(by=1, *, cancel=False):
    data["count"] += by
    if cancel:
        raise Rollback
    return data["count"]

print(bump(), bump(by=5), bump(100, cancel=True), bump(), sorted(data.items()))
''', hint=H_T)
t.write()
