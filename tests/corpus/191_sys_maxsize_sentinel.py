# Corpus: sys.maxsize used as "infinity" in min-tracking answers, a common interview idiom.
import sys
def min_diff(nums):
    best = sys.maxsize
    for a, b in zip(nums, nums[1:]):
        best = min(best, abs(a - b))
    return best

print(min_diff([3, 8, 1, 9]), min_diff([5]) == sys.maxsize)
print(min_diff([5]))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
big = [2 ** 40, 2 ** 40 + 7]
print(min(sys.maxsize, *big))
