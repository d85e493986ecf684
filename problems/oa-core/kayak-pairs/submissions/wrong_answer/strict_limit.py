# Mistake: uses < instead of <=, so a pair weighing exactly the limit is split up.
import sys

data = sys.stdin.read().split()
n, limit = int(data[0]), int(data[1])
weights = sorted(map(int, data[2:2 + n]))
light, heavy = 0, n - 1
kayaks = 0
while light <= heavy:
    if weights[light] + weights[heavy] < limit:
        light += 1
    heavy -= 1
    kayaks += 1
print(kayaks)
