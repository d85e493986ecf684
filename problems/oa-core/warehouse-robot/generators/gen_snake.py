"""Large serpentine corridor: python3 gen_snake.py ROWS COLS > data/secret/large/NN.in

Every other row is a wall with a single gap, alternating between the right and left ends,
so the only route from S (top left) to E (bottom row) winds through the whole warehouse.
ROWS must be odd.
"""
import sys

rows, cols = map(int, sys.argv[1:3])
grid = []
for r in range(rows):
    if r % 2 == 0:
        grid.append(["."] * cols)
    else:
        row = ["#"] * cols
        row[cols - 1 if r % 4 == 1 else 0] = "."
        grid.append(row)
grid[0][0] = "S"
grid[rows - 1][cols - 1 if (rows // 2) % 2 == 0 else 0] = "E"
print(rows, cols)
print("\n".join("".join(row) for row in grid))
