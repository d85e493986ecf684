import copy


class Canvas:
    def __init__(self, rows, cols, fill="."):
        self.cols = cols
        self.fill = fill
        # One new list per row: [[fill] * cols] * rows would repeat the same row object.
        self.grid = [[fill] * cols for _ in range(rows)]
        self.snapshots = {}

    def paint(self, r, c, ch):
        if not (0 <= r < len(self.grid) and 0 <= c < self.cols):
            raise IndexError(f"cell ({r}, {c}) is outside the canvas")
        self.grid[r][c] = ch

    def add_rows(self, k):
        self.grid.extend([self.fill] * self.cols for _ in range(k))

    def render(self):
        return ["".join(row) for row in self.grid]

    def save(self):
        number = len(self.snapshots)
        self.snapshots[number] = copy.deepcopy(self.grid)
        return number

    def restore(self, snap):
        if snap not in self.snapshots:
            raise KeyError(snap)
        # Copy again, so that painting after a restore leaves the snapshot untouched.
        self.grid = copy.deepcopy(self.snapshots[snap])
