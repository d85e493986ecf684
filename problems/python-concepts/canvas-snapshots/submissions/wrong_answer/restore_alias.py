# restore() makes the live picture the very same object as the snapshot, so later paints change it.
import copy


class Canvas:
    def __init__(self, rows, cols, fill="."):
        self.cols = cols
        self.fill = fill
        self.grid = [[fill] * cols for _ in range(rows)]
        self.snapshots = {}

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
        self.snapshots[len(self.snapshots)] = copy.deepcopy(self.grid)
        return len(self.snapshots) - 1

    def restore(self, snap):
        if snap not in self.snapshots:
            raise KeyError(snap)
        self.grid = self.snapshots[snap]
