# Rotates by one place, k % n times: O(n * k).
def rotate(nums, k):
    if not nums:
        return []
    for _ in range(k % len(nums)):
        nums = [nums[-1]] + nums[:-1]
    return nums
