# Corpus: parsing log lines into dicts with a verbose regex, then aggregating by status and path.
import re
from collections import Counter, defaultdict
LOG = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)')
lines = [
    '10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
    '10.0.0.2 - - [10/Oct/2024:13:55:40 +0000] "POST /login HTTP/1.1" 302 -',
    '10.0.0.1 - - [10/Oct/2024:13:56:01 +0000] "GET /missing HTTP/1.0" 404 512',
    'garbage line',
    '10.0.0.3 - - [10/Oct/2024:13:57:12 +0000] "GET /index.html HTTP/1.1" 200 2326',
]
records = [m.groupdict() for m in map(LOG.match, lines) if m]
print(len(records), records[1])
print(Counter(r["status"] for r in records), Counter(r["path"] for r in records).most_common(1))
bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r["ip"]] += 0 if r["size"] == "-" else int(r["size"])
print(dict(bytes_by_ip))
