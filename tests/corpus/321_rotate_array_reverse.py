# Corpus: rotating an array in place with three reversals, and merging two sorted arrays in place from the back.
def reverse(a, i, j):
    while i < j:
        a[i], a[j] = a[j], a[i]
        i += 1
        j -= 1
def rotate(a, k):
    n = len(a)
    if n:
        k %= n
        reverse(a, 0, n - 1)
        reverse(a, 0, k - 1)
        reverse(a, k, n - 1)
    return a
print(rotate([1, 2, 3, 4, 5, 6, 7], 3), rotate([-1, -100, 3, 99], 2), rotate([1], 5), rotate([], 1))
def merge(a, m, b, n):
    i, j, k = m - 1, n - 1, m + n - 1
    while j >= 0:
        if i >= 0 and a[i] > b[j]:
            a[k] = a[i]
            i -= 1
        else:
            a[k] = b[j]
            j -= 1
        k -= 1
    return a
print(merge([1, 2, 3, 0, 0, 0], 3, [2, 5, 6], 3), merge([0], 0, [1], 1), merge([4, 5, 0, 0], 2, [1, 2], 2))
