# save() copies only the outer list: the snapshot shares its row lists with the live picture.
class Canvas:
    def __init__(self, rows, cols, fill="."):
        self.cols = cols
        self.fill = fill
        self.grid = [[fill] * cols for _ in range(rows)]
        self.snapshots = []

    def paint(self, r, c, ch):
        if not (0 <= r < len(self.grid) and 0 <= c < self.cols):
            raise IndexError((r, c))
        self.grid[r][c] = ch

    def add_rows(self, k):
        for _ in range(k):
            self.grid.append([self.fill] * self.cols)

    def render(self):
        return ["".join(row) for row in self.grid]

    def save(self):
        self.snapshots.append(self.grid.copy())
        return len(self.snapshots) - 1

    def restore(self, snap):
        if not 0 <= snap < len(self.snapshots):
            raise KeyError(snap)
        self.grid = [row[:] for row in self.snapshots[snap]]
