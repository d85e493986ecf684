# Corpus: backtracking that generates balanced parentheses, checked against a brute-force filter.
from itertools import product
def parens(n):
    out = []
    def go(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            go(s + "(", o + 1, c)
        if c < o:
            go(s + ")", o, c + 1)
    go("", 0, 0)
    return out

def balanced(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0

print(parens(3), len(parens(6)))
print(parens(4) == ["".join(p) for p in product("()", repeat=8) if balanced(p)], parens(0), parens(1))
