# Corpus: sys.stdin.readline() in a loop with strip() and int parsing of T test cases.
import sys
readline = sys.stdin.readline
readline()
t = int(readline())
for case in range(1, t + 1):
    n = int(readline())
    arr = list(map(int, readline().split()))
    assert len(arr) == n
    best = max(arr) if arr else None
    print(f"Case #{case}: sum={sum(arr)} max={best} sorted={sorted(arr)}")
print(repr(readline()))
