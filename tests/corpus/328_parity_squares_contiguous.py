# Corpus: array transforms: sort by parity, squares of a sorted array, and longest balanced 0/1 subarray.
def sort_parity(a):
    return [x for x in a if x % 2 == 0] + [x for x in a if x % 2]
def sorted_squares(a):
    out = [0] * len(a)
    i, j = 0, len(a) - 1
    for k in range(len(a) - 1, -1, -1):
        if abs(a[i]) > abs(a[j]):
            out[k] = a[i] ** 2; i += 1
        else:
            out[k] = a[j] ** 2; j -= 1
    return out
def find_max_length(nums):
    first = {0: -1}
    best = bal = 0
    for i, n in enumerate(nums):
        bal += 1 if n else -1
        if bal in first:
            best = max(best, i - first[bal])
        else:
            first[bal] = i
    return best
print(sort_parity([3, 1, 2, 4]), sort_parity([0]), sorted_squares([-4, -1, 0, 3, 10]), sorted_squares([-7, -3, 2, 3, 11]))
print(find_max_length([0, 1]), find_max_length([0, 1, 0]), find_max_length([0, 0, 1, 0, 0, 0, 1, 1]))
