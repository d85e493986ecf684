# Corpus: prefix sums, two pointers and Kadane's maximum subarray.
from itertools import accumulate
nums = [2, -1, 3, -4, 5, 2, -6, 4]
prefix = [0] + list(accumulate(nums))
print(prefix, prefix[5] - prefix[2])
def kadane(a):
    best = cur = a[0]
    for x in a[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best
print(kadane(nums), kadane([-3, -1, -2]), kadane([5]))
def pair_sum_sorted(a, t):
    i, j = 0, len(a) - 1
    while i < j:
        s = a[i] + a[j]
        if s == t:
            return (a[i], a[j])
        if s < t:
            i += 1
        else:
            j -= 1
    return None
print(pair_sum_sorted([1, 2, 4, 7, 11, 15], 15), pair_sum_sorted([1, 2], 10))
def dedupe_sorted(a):
    if not a:
        return 0
    k = 1
    for x in a[1:]:
        if x != a[k - 1]:
            a[k] = x
            k += 1
    return k
b = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]
k = dedupe_sorted(b)
print(k, b[:k])
print(list(accumulate([1, 2, 3, 4], lambda x, y: x * y)), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=10)))
