# Corpus: the calendar module's text calendars and weekday helpers for fixed years.
import calendar
print(calendar.month(2023, 12))
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2024, 2))
print([calendar.day_abbr[d] for d in range(7)], calendar.month_name[1:4])
print(sum(1 for m in range(1, 13) if calendar.weekday(2024, m, 13) == calendar.FRIDAY), calendar.isleap(1900), calendar.leapdays(1900, 2000))
print([d for d in calendar.Calendar().itermonthdays(2024, 2) if d][:5], len(calendar.monthcalendar(2024, 6)))
