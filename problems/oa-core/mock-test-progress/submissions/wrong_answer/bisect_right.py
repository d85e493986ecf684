# Classic mistake: bisect_right lets an equal score extend a chain, which computes the longest
# NON-decreasing subsequence instead of the strictly increasing one.
import sys
from bisect import bisect_right

data = sys.stdin.read().split()
n = int(data[0])
tails = []
for s in map(int, data[1:1 + n]):
    pos = bisect_right(tails, s)
    if pos == len(tails):
        tails.append(s)
    else:
        tails[pos] = s
print(len(tails))
