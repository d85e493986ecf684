# Classic mistake: the deque keeps values instead of indices, drops equal values, and then
# decides what slid out by comparing values. With repeated readings the peak leaves too early.
import sys
from collections import deque

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
dq = deque()
out = []
for i in range(n):
    if i >= k and dq and dq[0] == a[i - k]:
        dq.popleft()
    while dq and dq[-1] <= a[i]:
        dq.pop()
    dq.append(a[i])
    if i >= k - 1:
        out.append(dq[0])
print(*out)
