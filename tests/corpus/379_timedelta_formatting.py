# Corpus: formatting durations: timedelta str, manual H:M:S, negative deltas and total_seconds.
from datetime import timedelta
def hms(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    h, rem = divmod(abs(total), 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"
for td in [timedelta(seconds=59), timedelta(minutes=61, seconds=1), timedelta(days=1, hours=2), timedelta(seconds=-90), timedelta(days=-1, seconds=5), timedelta(microseconds=1500)]:
    print(str(td), hms(td), td.total_seconds(), repr(td))
print(timedelta(hours=1.5), timedelta(weeks=1) - timedelta(days=8), timedelta(seconds=3661) // 60, timedelta(seconds=10) % timedelta(seconds=3))
print(sum([timedelta(minutes=20)] * 5, timedelta()), max(timedelta(1), timedelta(hours=23)), timedelta(days=1) * 0.5)
