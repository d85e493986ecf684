# Corpus: class-design answers: a bank with transfers and error handling, and a time-keyed store.
import bisect
class Bank:
    def __init__(self, balances):
        self.b = {i + 1: v for i, v in enumerate(balances)}
    def _ok(self, *accounts):
        return all(a in self.b for a in accounts)
    def transfer(self, a, b, amt):
        if not self._ok(a, b) or self.b[a] < amt:
            return False
        self.b[a] -= amt
        self.b[b] += amt
        return True
    def withdraw(self, a, amt):
        if not self._ok(a) or self.b[a] < amt:
            return False
        self.b[a] -= amt
        return True

bank = Bank([10, 100, 20, 50, 30])
print(bank.withdraw(3, 10), bank.transfer(5, 1, 20), bank.transfer(3, 4, 15), bank.withdraw(10, 50), bank.b)

class TimeMap:
    def __init__(self):
        self.times, self.vals = {}, {}
    def set(self, key, value, t):
        self.times.setdefault(key, []).append(t)
        self.vals.setdefault(key, []).append(value)
    def get(self, key, t):
        i = bisect.bisect_right(self.times.get(key, []), t)
        return self.vals[key][i - 1] if i else ""

tm = TimeMap()
tm.set("foo", "bar", 1)
tm.set("foo", "bar2", 4)
print([tm.get("foo", t) for t in [0, 1, 3, 4, 5]], repr(tm.get("nope", 1)))
