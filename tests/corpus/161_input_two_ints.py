# Corpus: the classic OA input format read with input(): a comment line, n and q, an array, then q queries.
input()
n, q = map(int, input().split())
arr = list(map(int, input().split()))
prefix = [0]
for v in arr:
    prefix.append(prefix[-1] + v)
for _ in range(q):
    l, r = map(int, input().split())
    print(prefix[r] - prefix[l - 1])
print("n =", n, "q =", q)
