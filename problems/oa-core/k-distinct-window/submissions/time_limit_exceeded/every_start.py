# Brute force: from every start, walk right until k different cuisines are seen.
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
stalls = data[2:2 + n]
best = -1
for start in range(n):
    seen = set()
    for end in range(start, n):
        seen.add(stalls[end])
        if len(seen) >= k:
            if best == -1 or end - start + 1 < best:
                best = end - start + 1
            break
print(best)
