"""A winding island: python3 gen_snake.py ROWS COLS TAIL > data/secret/deep/NN.in

Even rows are land; odd rows are water except one land cell, alternately at the right and the
left end, so the island is one long path of about ROWS*COLS/2 cells: a recursive flood fill
goes that many calls deep. TAIL > 0 adds a water row and then a row of alternating land and
water (TAIL extra one-cell islands and more).
"""
import json
import sys

rows, cols, tail = map(int, sys.argv[1:4])
grid = []
for r in range(rows):
    if r % 2 == 0:
        grid.append("1" * cols)
    else:
        row = ["0"] * cols
        row[cols - 1 if r % 4 == 1 else 0] = "1"
        grid.append("".join(row))
if tail:
    grid.append("0" * cols)
    grid.append(("10" * cols)[:cols])
print(json.dumps([grid]))
