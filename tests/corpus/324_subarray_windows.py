# Corpus: variable-size windows: minimum size subarray sum, product less than k, longest ones with k flips.
def min_subarray_len(target, nums):
    left = total = 0
    best = float("inf")
    for right, n in enumerate(nums):
        total += n
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
def product_less_than_k(nums, k):
    if k <= 1:
        return 0
    prod, left, count = 1, 0, 0
    for right, n in enumerate(nums):
        prod *= n
        while prod >= k:
            prod //= nums[left]
            left += 1
        count += right - left + 1
    return count
def longest_ones(nums, k):
    left = 0
    for n in nums:
        k -= n == 0
        if k < 0:
            k += nums[left] == 0
            left += 1
    return len(nums) - left
print(min_subarray_len(7, [2, 3, 1, 2, 4, 3]), min_subarray_len(4, [1, 4, 4]), min_subarray_len(11, [1, 1, 1]))
print(product_less_than_k([10, 5, 2, 6], 100), product_less_than_k([1, 2, 3], 0))
print(longest_ones([1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], 2), longest_ones([0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1], 3))
