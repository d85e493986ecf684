n = int(input())
scores = list(map(int, input().split())) if n else []
best = second = None
for s in scores:
    if best is None or s > best:
        if best is not None:
            second = best
        best = s
    elif s != best and (second is None or s > second):
        second = s
print("NONE" if second is None else second)
