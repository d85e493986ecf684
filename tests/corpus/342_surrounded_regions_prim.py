# Corpus: capturing surrounded regions on a board, and Prim's minimum spanning tree with heapq.
import heapq
def solve(board):
    R, C = len(board), len(board[0])
    b = [list(r) for r in board]
    stack = [(r, c) for r in range(R) for c in range(C) if (r in (0, R - 1) or c in (0, C - 1)) and b[r][c] == "O"]
    while stack:
        r, c = stack.pop()
        if 0 <= r < R and 0 <= c < C and b[r][c] == "O":
            b[r][c] = "S"
            stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
    return ["".join("O" if ch == "S" else "X" for ch in row) for row in b]
print(solve(["XXXX", "XOOX", "XXOX", "XOXX"]))
def prim(n, edges):
    adj = {i: [] for i in range(n)}
    for u, v, w in edges:
        adj[u].append((w, v))
        adj[v].append((w, u))
    seen, total, pq, order = set(), 0, [(0, 0, -1)], []
    while pq and len(seen) < n:
        w, u, frm = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        total += w
        if frm >= 0:
            order.append((frm, u, w))
        for e in adj[u]:
            if e[1] not in seen:
                heapq.heappush(pq, (e[0], e[1], u))
    return total, order
print(prim(5, [(0, 1, 2), (0, 3, 6), (1, 2, 3), (1, 3, 8), (1, 4, 5), (2, 4, 7), (3, 4, 9)]))
