# Corpus: non-ASCII text on stdin: lengths, reversal and upper-casing of Unicode lines.
import sys
next(sys.stdin)
for line in sys.stdin:
    line = line.rstrip("\n")
    print(len(line), line[::-1], line.upper(), line.encode("utf-8")[:6])
