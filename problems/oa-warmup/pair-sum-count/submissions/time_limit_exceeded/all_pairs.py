# Checks every pair: O(n^2).
n, target = map(int, input().split())
prices = list(map(int, input().split())) if n else []
pairs = 0
for i in range(n):
    for j in range(i + 1, n):
        if prices[i] + prices[j] == target:
            pairs += 1
print(pairs)
