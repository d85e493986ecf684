# Corpus: a generator pipeline over stdin lines: parse numbers, keep evens, running sum, stop at a limit.
import sys
def lines(stream):
    for line in stream:
        if not line.startswith("#"):
            yield line.strip()
def numbers(it):
    for s in it:
        for tok in s.split():
            if tok.lstrip("-").isdigit():
                yield int(tok)
def running(it):
    total = 0
    for x in it:
        total += x
        yield total
for t in running(x for x in numbers(lines(sys.stdin)) if x % 2 == 0):
    print(t)
    if t > 100:
        break
