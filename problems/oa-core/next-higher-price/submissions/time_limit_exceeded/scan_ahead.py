# Brute force: for every day, scan forward for the first higher price. O(n^2) when prices fall.
import sys

data = sys.stdin.read().split()
n = int(data[0])
prices = list(map(int, data[1:1 + n]))
wait = []
for i in range(n):
    answer = 0
    for j in range(i + 1, n):
        if prices[j] > prices[i]:
            answer = j - i
            break
    wait.append(answer)
print(*wait)
