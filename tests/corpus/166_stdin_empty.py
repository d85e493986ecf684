# Corpus: programs must cope with empty stdin: sys.stdin.read() is '', input() raises EOFError.
import sys
data = sys.stdin.read()
print(repr(data), data.split(), len(data.splitlines()))
try:
    input()
except EOFError:
    print("EOFError")
print(sys.stdin.readline() == "", list(sys.stdin))
