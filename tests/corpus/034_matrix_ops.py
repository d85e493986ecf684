# Corpus: 2D grids: spiral order, rotation in place, transposition and neighbour counting.
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def rotate(m):
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j], m[j][i] = m[j][i], m[i][j]
    for row in m:
        row.reverse()
    return m

print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
print(spiral([]), spiral([[1]]))
print(rotate([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
grid = ["#..", ".#.", "..#"]
def neighbours(r, c):
    return sum(grid[r + dr][c + dc] == "#" for dr in (-1, 0, 1) for dc in (-1, 0, 1)
               if (dr or dc) and 0 <= r + dr < 3 and 0 <= c + dc < 3)
print([[neighbours(r, c) for c in range(3)] for r in range(3)])
for row in [[1, 2, 3], [4, 5, 6]]:
    print(" ".join(f"{v:3d}" for v in row))
