# Corpus: two-pointer classics: container with most water and trapping rain water.
def max_area(h):
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(h[i], h[j]))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best

def trap(h):
    i, j = 0, len(h) - 1
    left_max = right_max = water = 0
    while i < j:
        if h[i] < h[j]:
            left_max = max(left_max, h[i])
            water += left_max - h[i]
            i += 1
        else:
            right_max = max(right_max, h[j])
            water += right_max - h[j]
            j -= 1
    return water

print(max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]), max_area([1, 1]), max_area([4, 3, 2, 1, 4]))
print(trap([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), trap([4, 2, 0, 3, 2, 5]), trap([]), trap([5]))
