# Corpus: quickselect for the k-th largest element with a seeded random pivot.
import random
random.seed(5)
def kth_largest(nums, k):
    target = len(nums) - k
    lo, hi = 0, len(nums) - 1
    nums = nums[:]
    while True:
        p = random.randint(lo, hi)
        nums[p], nums[hi] = nums[hi], nums[p]
        store = lo
        for i in range(lo, hi):
            if nums[i] < nums[hi]:
                nums[store], nums[i] = nums[i], nums[store]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        if store == target:
            return nums[store]
        if store < target:
            lo = store + 1
        else:
            hi = store - 1
data = [random.randint(0, 1000) for _ in range(200)]
print([kth_largest(data, k) for k in (1, 5, 100, 200)] == [sorted(data, reverse=True)[k - 1] for k in (1, 5, 100, 200)])
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4), data[:5])
