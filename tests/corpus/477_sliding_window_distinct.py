# Corpus: counting distinct elements in every window of size k, and subarrays with exactly k distinct values.
from collections import Counter
def distinct_windows(a, k):
    c, out = Counter(a[:k]), []
    out.append(len(c))
    for i in range(k, len(a)):
        c[a[i]] += 1
        c[a[i - k]] -= 1
        if not c[a[i - k]]:
            del c[a[i - k]]
        out.append(len(c))
    return out
def at_most(a, k):
    c, left, total = Counter(), 0, 0
    for right, x in enumerate(a):
        c[x] += 1
        while len(c) > k:
            c[a[left]] -= 1
            if not c[a[left]]:
                del c[a[left]]
            left += 1
        total += right - left + 1
    return total
def exactly(a, k):
    return at_most(a, k) - at_most(a, k - 1)
print(distinct_windows([1, 2, 1, 3, 4, 2, 3], 4), exactly([1, 2, 1, 2, 3], 2), exactly([1, 2, 1, 3, 4], 3))
