# Brute force: tries capacities one by one from the heaviest parcel upwards.
import sys

data = sys.stdin.read().split()
n, d = int(data[0]), int(data[1])
weights = list(map(int, data[2:2 + n]))
capacity = max(weights)
while True:
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    if days <= d:
        break
    capacity += 1
print(capacity)
