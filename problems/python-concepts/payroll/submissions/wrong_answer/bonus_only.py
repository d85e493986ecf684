# Manager.pay() overrides the salary instead of extending it: it forgets super().pay().
class Employee:
    """What every employee shares; subclasses override pay() and the methods that apply to them."""

    def __init__(self, name):
        self.name = name

    def pay(self):
        raise NotImplementedError

    def log_hours(self, hours):
        raise TypeError(f"{self.name} is not paid by the hour")

    def record_sale(self, amount):
        raise TypeError(f"{self.name} does not earn commission")

    def add_report(self, name):
        raise TypeError(f"{self.name} is not a manager")

    def new_month(self):
        pass


class Salaried(Employee):
    def __init__(self, name, monthly):
        super().__init__(name)
        self.monthly = monthly

    def pay(self):
        return self.monthly


class Manager(Salaried):
    BONUS = 1000

    def __init__(self, name, monthly):
        super().__init__(name, monthly)
        self.reports = set()

    def add_report(self, name):
        self.reports.add(name)

    def pay(self):
        return self.BONUS * len(self.reports)


class Hourly(Employee):
    LIMIT = 160

    def __init__(self, name, rate):
        super().__init__(name)
        self.rate = rate
        self.hours = 0

    def log_hours(self, hours):
        self.hours += hours

    def pay(self):
        normal = min(self.hours, self.LIMIT)
        extra = self.hours - normal
        return self.rate * normal + self.rate * 3 * extra // 2

    def new_month(self):
        self.hours = 0


class Commission(Employee):
    def __init__(self, name, base, percent):
        super().__init__(name)
        self.base = base
        self.percent = percent
        self.sales = 0

    def record_sale(self, amount):
        self.sales += amount

    def pay(self):
        return self.base + self.sales * self.percent // 100

    def new_month(self):
        self.sales = 0


KINDS = {"salaried": Salaried, "manager": Manager, "hourly": Hourly, "commission": Commission}


class Payroll:
    def __init__(self):
        self.staff = {}

    def hire(self, kind, name, *details):
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if name in self.staff:
            raise ValueError(f"{name} is already on the payroll")
        self.staff[name] = KINDS[kind](name, *details)

    def _get(self, name):
        return self.staff[name]  # KeyError for an unknown name

    def log_hours(self, name, hours):
        self._get(name).log_hours(hours)

    def record_sale(self, name, amount):
        self._get(name).record_sale(amount)

    def add_report(self, manager, name):
        self._get(name)
        self._get(manager).add_report(name)

    def pay(self, name):
        return self._get(name).pay()

    def top_earners(self, k):
        ranked = sorted(self.staff.values(), key=lambda e: (-e.pay(), e.name))
        return [e.name for e in ranked[:k]]

    def end_month(self):
        total = sum(e.pay() for e in self.staff.values())
        for e in self.staff.values():
            e.new_month()
        return total
