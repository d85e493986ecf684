# Corpus: majority element (Boyer-Moore voting), elements appearing more than n/3 times, and mode.
from collections import Counter
def majority(nums):
    cand, count = None, 0
    for n in nums:
        if count == 0:
            cand = n
        count += 1 if n == cand else -1
    return cand

def over_third(nums):
    c = Counter(nums)
    return sorted(k for k, v in c.items() if v > len(nums) // 3)

print(majority([3, 2, 3]), majority([2, 2, 1, 1, 1, 2, 2]), majority([7]))
print(over_third([3, 2, 3]), over_third([1]), over_third([1, 2]), over_third([1, 1, 1, 3, 3, 2, 2, 2]))
print(Counter([4, 4, 5, 5, 6]).most_common(1), max(set([4, 4, 5, 5, 6]), key=[4, 4, 5, 5, 6].count))
