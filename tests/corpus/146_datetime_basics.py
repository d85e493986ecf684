# Corpus: datetime, date, time and timedelta arithmetic with fixed dates (no clock reads).
from datetime import datetime, date, time, timedelta
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.replace(year=2023))
dt = datetime(2024, 3, 10, 14, 30, 5)
print(dt, dt.date(), dt.time(), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, repr(dt))
delta = datetime(2025, 1, 1) - datetime(2024, 1, 1, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(timedelta(hours=25, minutes=3)))
print(timedelta(days=1) // timedelta(hours=5), timedelta(days=1) / 4, -timedelta(hours=1), abs(timedelta(-1)))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2024, 3, 1) - date(2024, 2, 1)).days, date(2023, 3, 1) - date(2023, 2, 1))
print(date.fromisoformat("2023-07-04"), datetime.fromisoformat("2023-07-04T10:20:30"), date(2024, 1, 1).toordinal(), date.fromordinal(738000))
print(time(9, 5), time(23, 59, 59, 999999), datetime.combine(date(2020, 1, 1), time(6)), sorted([date(2024, 5, 1), date(2023, 5, 1)]))
print(datetime(2024, 1, 31) + timedelta(weeks=2), date.max, date.min, timedelta(seconds=86399) < timedelta(days=1))
