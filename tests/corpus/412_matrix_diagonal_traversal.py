# Corpus: traversing a matrix diagonally (zigzag order) and summing anti-diagonals with defaultdict.
from collections import defaultdict
def zigzag(m):
    if not m:
        return []
    diags = defaultdict(list)
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            diags[i + j].append(v)
    out = []
    for k in range(len(m) + len(m[0]) - 1):
        out += diags[k][::-1] if k % 2 == 0 else diags[k]
    return out
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(zigzag(m), zigzag([[1, 2], [3, 4], [5, 6]]), zigzag([]))
sums = defaultdict(int)
for i, row in enumerate(m):
    for j, v in enumerate(row):
        sums[i + j] += v
print(dict(sums), [m[i][i] for i in range(3)], [m[i][~i] for i in range(3)])
