# Corpus: strftime and strptime with common format codes, and parsing log timestamps.
from datetime import datetime, date
dt = datetime(2024, 7, 4, 9, 5, 3)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%H:%M:%S", "%I:%M %p", "%A %B %d", "%a %b %j", "%Y%m%dT%H%M", "%U %W", "%%"]:
    print(fmt, "->", dt.strftime(fmt))
print(f"{dt:%Y-%m-%d %H:%M}", "{:%d %b %Y}".format(dt), date(2000, 1, 1).strftime("%A"))
p = datetime.strptime("2023-11-05 18:45:00", "%Y-%m-%d %H:%M:%S")
print(p, p.strftime("%d.%m.%Y"), datetime.strptime("05 Nov 2023", "%d %b %Y").date())
logs = ["2024-01-01 10:00:00 start", "2024-01-01 10:03:30 mid", "2024-01-01 11:00:00 end"]
times = [datetime.strptime(l[:19], "%Y-%m-%d %H:%M:%S") for l in logs]
print([str(b - a) for a, b in zip(times, times[1:])], (times[-1] - times[0]).total_seconds() / 60)
try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError:
    print("ValueError: day is out of range for month")
print(datetime(2024, 1, 1).isocalendar()[:], date(2024, 12, 30).isocalendar().week)
