# Corpus: sys.setrecursionlimit and catching RecursionError, then recovering normally.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print("RecursionError caught at the default limit")
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
try:
    sys.setrecursionlimit(0)
except ValueError:
    print("ValueError for limit 0")
print(depth(10))
