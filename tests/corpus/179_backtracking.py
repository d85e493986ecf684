# Corpus: backtracking: n-queens count and boards, and combination sum with reuse.
def n_queens(n):
    boards, cols, d1, d2, placed = [], set(), set(), set(), []
    def place(r):
        if r == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in placed])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placed.pop()
    place(0)
    return boards
def combination_sum(cands, target):
    out = []
    def go(start, remaining, path):
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(cands)):
            if cands[i] <= remaining:
                path.append(cands[i])
                go(i, remaining - cands[i], path)
                path.pop()
    go(0, target, [])
    return out
print([len(n_queens(n)) for n in range(1, 9)], n_queens(4))
print(combination_sum([2, 3, 6, 7], 7), combination_sum([2, 3, 5], 8))
