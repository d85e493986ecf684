# Corpus: @classmethod factories, @staticmethod helpers and class-level counters in subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    pass

print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), [y for y in range(1896, 1912) if Date.is_leap(y)])

class Counter:
    created = 0
    def __init__(self):
        type(self).created += 1
    @classmethod
    def total(cls):
        return cls.created

class Sub(Counter):
    created = 0

Counter(); Counter(); Sub()
print(Counter.total(), Sub.total(), type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
