# Corpus: a program that ends with an uncaught IndexError (off by one).
nums = [4, 8, 15, 16, 23, 42]
total = 0
for i in range(len(nums) + 1):
    total += nums[i]
    print(i, total)
