# Corpus: a phone-book style OA problem: n entries, then queries until end of input.
import sys
data = sys.stdin.read().splitlines()[1:]
n = int(data[0])
book = dict(line.split() for line in data[1:n + 1])
for q in data[n + 1:]:
    q = q.strip()
    if q:
        print(f"{q}={book[q]}" if q in book else "Not found")
