# Corpus: reading an n x m matrix with a comprehension over input().split(), then rotating it.
input()
n, m = map(int, input().split())
mat = [list(map(int, input().split())) for _ in range(n)]
rot = [list(row) for row in zip(*mat[::-1])]
for row in rot:
    print(" ".join(f"{v:3d}" for v in row))
print(sum(map(sum, mat)), max(map(max, mat)), [min(col) for col in zip(*mat)])
