# Corpus: hash-map interview answers: two sum, group anagrams, subarray sum equals k.
from collections import defaultdict

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []

def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted(sorted(g) for g in groups.values())

def subarray_sum(nums, k):
    count = total = 0
    prefix = {0: 1}
    for n in nums:
        total += n
        count += prefix.get(total - k, 0)
        prefix[total] = prefix.get(total, 0) + 1
    return count

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([3, 3], 6), two_sum([1], 5))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(subarray_sum([1, 1, 1], 2), subarray_sum([1, 2, 3], 3), subarray_sum([1, -1, 0], 0))
