# Brute force: a hand-written selection sort, O(n^2) comparisons.
import sys

lines = sys.stdin.read().split("\n")
n = int(lines[0])
teams = []
for line in lines[1:1 + n]:
    name, score, minutes = line.split()
    teams.append((name, int(score), int(minutes)))
result = []
remaining = teams[:]
while remaining:
    best = 0
    for i in range(1, len(remaining)):
        a, b = remaining[i], remaining[best]
        if a[1] > b[1] or (a[1] == b[1] and a[2] < b[2]):
            best = i
    result.append(remaining.pop(best)[0])
print("\n".join(result))
