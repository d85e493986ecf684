def replay(grid, moves):
    """Returns the picture after each move, as a list of frames (each a list of strings)."""
    board = [list(row) for row in grid]
    frames = []
    for move in moves:
        kind = move[0]
        if kind == "row":
            _, r, color = move
            board[r] = [color] * len(board[r])
        elif kind == "col":
            _, c, color = move
            for row in board:
                row[c] = color
        elif kind == "cell":
            _, r, c, color = move
            board[r][c] = color
        frames.append(board[:])
    return [["".join(row) for row in frame] for frame in frames]
