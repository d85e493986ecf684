# Corpus: date arithmetic answers: age in years, days until an anniversary, business days, weekday names.
from datetime import date, timedelta
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
today = date(2024, 6, 15)
for b in [date(2000, 6, 15), date(2000, 6, 16), date(2004, 2, 29), date(1990, 12, 31)]:
    print(b, age(b, today))
def days_until(month, day, today):
    target = date(today.year, month, day)
    if target < today:
        target = date(today.year + 1, month, day)
    return (target - today).days
print(days_until(12, 25, today), days_until(1, 1, today), days_until(6, 15, today))
def business_days(a, b):
    return sum(1 for i in range((b - a).days) if (a + timedelta(i)).weekday() < 5)
print(business_days(date(2024, 6, 1), date(2024, 7, 1)), [(today + timedelta(i)).strftime("%a") for i in range(7)])
print(date(2024, 1, 31).replace(day=1) - timedelta(days=1), (date(2025, 3, 1) - timedelta(days=1)).day)
