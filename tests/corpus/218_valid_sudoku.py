# Corpus: validating a sudoku board with sets keyed by row, column and box.
board = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
def valid(board):
    seen = set()
    for r, row in enumerate(board):
        for c, v in enumerate(row):
            if v == ".":
                continue
            keys = {(v, "row", r), (v, "col", c), (v, "box", r // 3, c // 3)}
            if keys & seen:
                return False
            seen |= keys
    return True
print(valid(board))
bad = board[:]
bad[0] = "83..7...."
print(valid(bad))
print(len({(r // 3, c // 3) for r in range(9) for c in range(9)}))
