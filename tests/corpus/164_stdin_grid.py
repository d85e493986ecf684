# Corpus: reading a character grid from stdin and counting islands with a flood fill.
import sys
lines = [l.rstrip("\n") for l in sys.stdin if not l.startswith("#")]
rows, cols = map(int, lines[0].split())
grid = [list(l) for l in lines[1:1 + rows]]
def fill(r, c):
    stack = [(r, c)]
    size = 0
    while stack:
        r, c = stack.pop()
        if 0 <= r < rows and 0 <= c < cols and grid[r][c] == "#":
            grid[r][c] = "."
            size += 1
            stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
    return size
sizes = [fill(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "#"]
print(len(sizes), sorted(sizes, reverse=True))
