# The list-of-lists trap: [[fill] * cols] * k adds k references to ONE new row.
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
        self.grid += [[self.fill] * self.cols] * k

    def render(self):
        return ["".join(row) for row in self.grid]

    def save(self):
        self.snapshots[len(self.snapshots)] = copy.deepcopy(self.grid)
        return len(self.snapshots) - 1

    def restore(self, snap):
        if snap not in self.snapshots:
            raise KeyError(snap)
        self.grid = copy.deepcopy(self.snapshots[snap])
