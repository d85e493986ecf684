# Mistake: a shrinking window only works when every change is positive; with negative
# changes a window whose sum went above k can come back down to k.
def count_periods(changes, k):
    count = 0
    left = 0
    total = 0
    for right, change in enumerate(changes):
        total += change
        while total > k and left < right:
            total -= changes[left]
            left += 1
        if total == k:
            count += 1
    return count
