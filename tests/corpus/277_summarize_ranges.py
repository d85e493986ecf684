# Corpus: summarising consecutive runs as ranges with groupby on value minus index.
from itertools import groupby
def ranges(nums):
    out = []
    for _, g in groupby(enumerate(nums), key=lambda p: p[1] - p[0]):
        run = [v for _, v in g]
        out.append(f"{run[0]}->{run[-1]}" if len(run) > 1 else str(run[0]))
    return out
print(ranges([0, 1, 2, 4, 5, 7]), ranges([0, 2, 3, 4, 6, 8, 9]), ranges([]), ranges([-3, -2, -1]))
def missing_ranges(nums, lo, hi):
    out, prev = [], lo - 1
    for n in nums + [hi + 1]:
        if n - prev == 2:
            out.append(str(prev + 1))
        elif n - prev > 2:
            out.append(f"{prev + 1}->{n - 1}")
        prev = n
    return out
print(missing_ranges([0, 1, 3, 50, 75], 0, 99), missing_ranges([], 1, 1))
