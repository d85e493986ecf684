# Corpus: the time module on fixed timestamps only: gmtime, strftime, asctime and struct_time fields.
import time
t = time.gmtime(1_700_000_000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a, %d %b %Y", time.gmtime(0)))
s = time.struct_time((2024, 2, 29, 12, 34, 56, 3, 60, 0))
print(s[:6], s.tm_wday, s.tm_yday, time.strftime("%j %A", s))
print(time.asctime(time.gmtime(0)), tuple(time.gmtime(86400 * 366))[:3])
import calendar
print(calendar.timegm(t), calendar.timegm(s))
