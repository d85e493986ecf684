# Corpus: longest consecutive sequence with a set, and contains-duplicate within distance k.
def longest_consecutive(nums):
    s = set(nums)
    best = 0
    for n in s:
        if n - 1 not in s:
            m = n
            while m + 1 in s:
                m += 1
            best = max(best, m - n + 1)
    return best

def near_duplicate(nums, k):
    last = {}
    for i, n in enumerate(nums):
        if n in last and i - last[n] <= k:
            return True
        last[n] = i
    return False

print(longest_consecutive([100, 4, 200, 1, 3, 2]), longest_consecutive([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]), longest_consecutive([]))
print(near_duplicate([1, 2, 3, 1], 3), near_duplicate([1, 0, 1, 1], 1), near_duplicate([1, 2, 3, 1, 2, 3], 2))
