# Corpus: searching a sorted 2D matrix, set matrix zeroes, and counting islands recursively.
def search_matrix(m, t):
    if not m:
        return False
    r, c = 0, len(m[0]) - 1
    while r < len(m) and c >= 0:
        if m[r][c] == t:
            return True
        if m[r][c] > t:
            c -= 1
        else:
            r += 1
    return False

def set_zeroes(m):
    rows = {i for i, row in enumerate(m) for v in row if v == 0}
    cols = {j for row in m for j, v in enumerate(row) if v == 0}
    return [[0 if i in rows or j in cols else v for j, v in enumerate(row)] for i, row in enumerate(m)]

def islands(grid):
    g = [list(r) for r in grid]
    def sink(i, j):
        if 0 <= i < len(g) and 0 <= j < len(g[0]) and g[i][j] == "1":
            g[i][j] = "0"
            for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                sink(i + di, j + dj)
            return 1
        return 0
    return sum(sink(i, j) for i in range(len(g)) for j in range(len(g[0])))

m = [[1, 4, 7, 11], [2, 5, 8, 12], [3, 6, 9, 16], [10, 13, 14, 17]]
print(search_matrix(m, 5), search_matrix(m, 15), search_matrix([], 1))
print(set_zeroes([[1, 1, 1], [1, 0, 1], [1, 1, 1]]), set_zeroes([[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]))
print(islands(["11110", "11010", "11000", "00000"]), islands(["11000", "11000", "00100", "00011"]))
