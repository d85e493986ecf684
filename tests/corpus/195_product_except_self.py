# Corpus: product of array except self, maximum product subarray and best time to buy and sell stock.
def product_except_self(nums):
    n = len(nums)
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= nums[i]
    return out

def max_product(nums):
    best = hi = lo = nums[0]
    for x in nums[1:]:
        hi, lo = max(x, hi * x, lo * x), min(x, hi * x, lo * x)
        best = max(best, hi)
    return best

def max_profit(prices):
    low, best = float("inf"), 0
    for p in prices:
        low = min(low, p)
        best = max(best, p - low)
    return best

print(product_except_self([1, 2, 3, 4]), product_except_self([-1, 1, 0, -3, 3]))
print(max_product([2, 3, -2, 4]), max_product([-2, 0, -1]), max_product([-2, 3, -4]))
print(max_profit([7, 1, 5, 3, 6, 4]), max_profit([7, 6, 4, 3, 1]), max_profit([]))
