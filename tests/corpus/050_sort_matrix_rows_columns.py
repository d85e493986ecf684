# Corpus: sorting rows and columns of a matrix and the diagonals of a grid.
m = [[3, 1, 2], [9, 8, 7], [4, 6, 5]]
print([sorted(r) for r in m])
print(sorted(m, key=lambda r: r[1]))
cols = [sorted(c) for c in zip(*m)]
print([list(r) for r in zip(*cols)])
def diagonal_sort(mat):
    from collections import defaultdict
    diags = defaultdict(list)
    for i, row in enumerate(mat):
        for j, v in enumerate(row):
            diags[i - j].append(v)
    for d in diags.values():
        d.sort(reverse=True)
    return [[diags[i - j].pop() for j in range(len(row))] for i, row in enumerate(mat)]
print(diagonal_sort([[3, 3, 1, 1], [2, 2, 1, 2], [1, 1, 1, 2]]))
print(sorted(sum(m, [])), sorted(max(r) for r in m))
