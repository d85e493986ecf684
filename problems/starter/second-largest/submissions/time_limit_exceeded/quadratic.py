# Brute force: counts, for every score, how many distinct scores beat it.
input()
scores = list(map(int, input().split()))
distinct = []
for s in scores:
    if s not in distinct:
        distinct.append(s)
answer = "NONE"
for s in distinct:
    if sum(1 for t in distinct if t > s) == 1:
        answer = s
print(answer)
