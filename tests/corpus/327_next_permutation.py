# Corpus: next lexicographic permutation in place, checked against itertools.permutations order.
from itertools import permutations
def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i >= 0:
        j = len(a) - 1
        while a[j] <= a[i]:
            j -= 1
        a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
print(next_perm([1, 2, 3]), next_perm([3, 2, 1]), next_perm([1, 1, 5]), next_perm([1, 3, 2]), next_perm([2]))
a = [1, 2, 3, 4]
seq = [tuple(a)]
for _ in range(23):
    seq.append(tuple(next_perm(a)))
print(seq == list(permutations([1, 2, 3, 4])), seq[-1])
