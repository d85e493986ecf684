# Corpus: reading pairs until a "0 0" sentinel line, computing gcd and lcm of each pair.
import sys
from math import gcd
lines = iter(sys.stdin.read().splitlines()[1:])
for line in lines:
    a, b = map(int, line.split())
    if a == b == 0:
        break
    print(a, b, gcd(a, b), a * b // gcd(a, b) if a and b else 0)
print("left over:", list(lines))
