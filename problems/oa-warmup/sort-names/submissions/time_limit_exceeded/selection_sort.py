# Hand-written selection sort: O(n^2) comparisons.
n = int(input())
names = [input().strip() for _ in range(n)]
for i in range(n):
    best = i
    for j in range(i + 1, n):
        if (len(names[j]), names[j]) < (len(names[best]), names[best]):
            best = j
    names[i], names[best] = names[best], names[i]
for name in names:
    print(name)
