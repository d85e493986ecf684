# Corpus: grid graph answers: cells reaching both oceans (multi-source DFS) and word search backtracking.
def pacific_atlantic(h):
    R, C = len(h), len(h[0])
    def reach(starts):
        seen, stack = set(starts), list(starts)
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < R and 0 <= nc < C and (nr, nc) not in seen and h[nr][nc] >= h[r][c]:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        return seen
    pac = reach([(0, c) for c in range(C)] + [(r, 0) for r in range(R)])
    atl = reach([(R - 1, c) for c in range(C)] + [(r, C - 1) for r in range(R)])
    return sorted(pac & atl)
def exist(board, word):
    R, C = len(board), len(board[0])
    def go(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < R and 0 <= c < C) or board[r][c] != word[i]:
            return False
        board[r][c] = "#"
        found = any(go(r + dr, c + dc, i + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        board[r][c] = word[i]
        return found
    return any(go(r, c, 0) for r in range(R) for c in range(C))
print(pacific_atlantic([[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]]))
b = [list("ABCE"), list("SFCS"), list("ADEE")]
print(exist(b, "ABCCED"), exist(b, "SEE"), exist(b, "ABCB"))
