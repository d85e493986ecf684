# Corpus: sort characters by frequency and elements by frequency then value.
from collections import Counter
def freq_sort(s):
    c = Counter(s)
    return "".join(ch * n for ch, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(freq_sort("tree"), freq_sort("cccaaa"), freq_sort("Aabb"), repr(freq_sort("")))
nums = [1, 1, 2, 2, 2, 3]
c = Counter(nums)
print(sorted(nums, key=lambda x: (c[x], -x)))
print(sorted([2, 3, 1, 3, 2], key=lambda x: (Counter([2, 3, 1, 3, 2])[x], x)))
arr, order = [2, 3, 1, 3, 2, 4, 6, 7, 9, 2, 19], [2, 1, 4, 3, 9, 6]
rank = {v: i for i, v in enumerate(order)}
print(sorted(arr, key=lambda x: (rank.get(x, len(order)), x)))
