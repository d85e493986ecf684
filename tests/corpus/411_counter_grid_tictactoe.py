# Corpus: checking a tic-tac-toe board winner with rows, columns and diagonals.
def winner(board):
    lines = [row for row in board] + ["".join(col) for col in zip(*board)]
    lines += ["".join(board[i][i] for i in range(3)), "".join(board[i][2 - i] for i in range(3))]
    for p in "XO":
        if p * 3 in lines:
            return p
    return "Draw" if all("." not in row for row in board) else "Pending"
boards = [["XXX", "OO.", "..."], ["XO.", "XO.", "X.."], ["OXX", "XOX", "XXO"], ["XOX", "XOO", "OXX"], ["...", "...", "..."]]
print([winner(b) for b in boards])
