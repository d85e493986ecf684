# Corpus: binary search variants: find a peak element, search insert position, first and last position.
import bisect
def find_peak(a):
    lo, hi = 0, len(a) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < a[mid + 1]:
            lo = mid + 1
        else:
            hi = mid
    return lo
def search_range(a, t):
    i = bisect.bisect_left(a, t)
    if i == len(a) or a[i] != t:
        return [-1, -1]
    return [i, bisect.bisect_right(a, t) - 1]
print(find_peak([1, 2, 3, 1]), find_peak([1, 2, 1, 3, 5, 6, 4]), find_peak([1]), find_peak([3, 2, 1]))
print([bisect.bisect_left([1, 3, 5, 6], t) for t in (5, 2, 7, 0)])
print(search_range([5, 7, 7, 8, 8, 10], 8), search_range([5, 7, 7, 8, 8, 10], 6), search_range([], 0))
def sqrt_floor(x):
    lo, hi = 0, x
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([sqrt_floor(x) for x in (0, 1, 4, 8, 99, 2 ** 62)])
