# Corpus: in-place array answers: move zeroes, Dutch national flag, remove element.
def move_zeroes(a):
    k = 0
    for i in range(len(a)):
        if a[i]:
            a[k], a[i] = a[i], a[k]
            k += 1
    return a

def sort_colors(a):
    lo, mid, hi = 0, 0, len(a) - 1
    while mid <= hi:
        if a[mid] == 0:
            a[lo], a[mid] = a[mid], a[lo]; lo += 1; mid += 1
        elif a[mid] == 1:
            mid += 1
        else:
            a[mid], a[hi] = a[hi], a[mid]; hi -= 1
    return a

def remove_element(a, val):
    k = 0
    for x in a:
        if x != val:
            a[k] = x
            k += 1
    return k, a[:k]

print(move_zeroes([0, 1, 0, 3, 12]), move_zeroes([0]), move_zeroes([1, 2]))
print(sort_colors([2, 0, 2, 1, 1, 0]), sort_colors([]), sort_colors([1, 0]))
print(remove_element([3, 2, 2, 3], 3), remove_element([0, 1, 2, 2, 3, 0, 4, 2], 2))
