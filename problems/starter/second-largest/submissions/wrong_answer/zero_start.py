# Starts from 0 instead of "nothing yet", so all-negative boards go wrong.
input()
best = second = 0
for s in map(int, input().split()):
    if s > best:
        best, second = s, best
    elif best > s > second:
        second = s
print(second if second != 0 or best != 0 else "NONE")
