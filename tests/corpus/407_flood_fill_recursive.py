# Corpus: flood fill (recursive) on an image grid, and counting connected colours.
def flood(img, r, c, new):
    old = img[r][c]
    if old == new:
        return img
    def fill(i, j):
        if 0 <= i < len(img) and 0 <= j < len(img[0]) and img[i][j] == old:
            img[i][j] = new
            fill(i + 1, j); fill(i - 1, j); fill(i, j + 1); fill(i, j - 1)
    fill(r, c)
    return img
print(flood([[1, 1, 1], [1, 1, 0], [1, 0, 1]], 1, 1, 2))
print(flood([[0, 0, 0], [0, 0, 0]], 0, 0, 0))
big = [[0] * 20 for _ in range(20)]
flood(big, 0, 0, 7)
print(sum(row.count(7) for row in big))
