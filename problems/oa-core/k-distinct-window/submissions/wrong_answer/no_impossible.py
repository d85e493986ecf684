# Classic mistake: the "not found" value is a real length (n), so when no stretch has k
# different cuisines the program prints n instead of -1.
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
stalls = list(map(int, data[2:2 + n]))
counts = {}
left = 0
best = n
for right in range(n):
    counts[stalls[right]] = counts.get(stalls[right], 0) + 1
    while len(counts) >= k:
        best = min(best, right - left + 1)
        counts[stalls[left]] -= 1
        if counts[stalls[left]] == 0:
            del counts[stalls[left]]
        left += 1
print(best)
