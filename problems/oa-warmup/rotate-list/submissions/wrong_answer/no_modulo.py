# Forgets to reduce k modulo the length: for k > len(nums) the slices cover everything.
def rotate(nums, k):
    return nums[-k:] + nums[:-k]
