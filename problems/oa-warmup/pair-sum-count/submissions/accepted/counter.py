n, target = map(int, input().split())
prices = list(map(int, input().split())) if n else []
seen = {}  # price -> how many earlier items have it
pairs = 0
for p in prices:
    pairs += seen.get(target - p, 0)
    seen[p] = seen.get(p, 0) + 1
print(pairs)
