# Corpus: timezone-aware datetimes with fixed offsets, and the calendar module.
from datetime import datetime, timezone, timedelta
import calendar
utc = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.utcoffset(), utc.isoformat())
print(datetime(2024, 3, 1, 17, 30, tzinfo=ist) == utc, datetime.fromisoformat("2024-03-01T12:00:00+00:00") == utc)
print(timezone(timedelta(hours=-8)), timezone.utc, utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2)[1], calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(list(calendar.day_name)[:3], calendar.month_abbr[12], calendar.monthcalendar(2024, 2)[0])
