# Corpus: hand-written binary search: exact match, lower bound, and search in a rotated array.
def search(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def lower_bound(a, t):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo

def rotated(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[lo] <= a[mid]:
            lo, hi = (lo, mid - 1) if a[lo] <= t < a[mid] else (mid + 1, hi)
        else:
            lo, hi = (mid + 1, hi) if a[mid] < t <= a[hi] else (lo, mid - 1)
    return -1

a = [1, 3, 5, 7, 9, 11]
print([search(a, t) for t in [1, 11, 6, 0, 12]], [lower_bound([1, 2, 2, 2, 3], t) for t in [0, 2, 3, 4]])
print([rotated([4, 5, 6, 7, 0, 1, 2], t) for t in [0, 3, 4, 2]], rotated([], 1))
