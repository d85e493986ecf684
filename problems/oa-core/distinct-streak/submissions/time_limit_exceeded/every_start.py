# Brute force: from every start, extend until a character repeats. O(n * answer).
import sys

line = sys.stdin.readline().rstrip("\n")
best = 0
for i in range(len(line)):
    seen = set()
    for ch in line[i:]:
        if ch in seen:
            break
        seen.add(ch)
    best = max(best, len(seen))
print(best)
