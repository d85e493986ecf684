# Brute force: seat the heaviest person, then scan every remaining person for the heaviest
# partner who still fits. O(n^2).
import sys

data = sys.stdin.read().split()
n, limit = int(data[0]), int(data[1])
people = sorted(map(int, data[2:2 + n]))
kayaks = 0
while people:
    heavy = people.pop()
    best = -1
    for i in range(len(people)):
        if heavy + people[i] <= limit:
            best = i
    if best >= 0:
        people.pop(best)
    kayaks += 1
print(kayaks)
