# Remembers only WHICH prices were seen, not how many times: repeated prices are undercounted.
n, target = map(int, input().split())
prices = list(map(int, input().split())) if n else []
seen = set()
pairs = 0
for p in prices:
    if target - p in seen:
        pairs += 1
    seen.add(p)
print(pairs)
