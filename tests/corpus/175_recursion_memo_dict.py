# Corpus: top-down dynamic programming with a dict memo, to depth 800.
import sys
sys.setrecursionlimit(3000)
def ways(n, memo={}):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1, memo) + ways(n - 2, memo) + ways(n - 3, memo)
    return memo[n]
print(ways(800) % 10 ** 9)

def edit_distance(a, b):
    memo = {}
    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if (i, j) not in memo:
            if a[i] == b[j]:
                memo[i, j] = go(i + 1, j + 1)
            else:
                memo[i, j] = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        return memo[i, j]
    return go(0, 0)
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("intention", "execution"))
