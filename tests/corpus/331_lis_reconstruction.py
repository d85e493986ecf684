# Corpus: longest increasing subsequence in O(n^2) with reconstruction, and the number of LIS.
def lis(nums):
    if not nums:
        return []
    n = len(nums)
    length, prev = [1] * n, [-1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and length[j] + 1 > length[i]:
                length[i], prev[i] = length[j] + 1, j
    i = max(range(n), key=lambda k: length[k])
    out = []
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]
def count_lis(nums):
    n = len(nums)
    length, count = [1] * n, [1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i]:
                if length[j] + 1 > length[i]:
                    length[i], count[i] = length[j] + 1, count[j]
                elif length[j] + 1 == length[i]:
                    count[i] += count[j]
    best = max(length, default=0)
    return sum(c for l, c in zip(length, count) if l == best)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([7, 7, 7]), lis([]))
print(count_lis([1, 3, 5, 4, 7]), count_lis([2, 2, 2, 2, 2]))
