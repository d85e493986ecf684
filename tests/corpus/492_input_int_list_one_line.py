# Corpus: the most common OA input: n on one line and n integers on the next; then several answers.
input()
n = int(input())
a = list(map(int, input().split()))
print(len(a) == n, sum(a), max(a), min(a), sorted(a)[n // 2])
print(" ".join(map(str, sorted(a, reverse=True))))
print(*[x for x in a if x % 2 == 0] or ["none"])
print(sum(1 for i in range(n) for j in range(i + 1, n) if a[i] > a[j]))
