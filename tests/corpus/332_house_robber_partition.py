# Corpus: 1D DP: house robber (line and circle), partition equal subset sum with a set, target sum ways.
from collections import Counter
def rob_line(a):
    prev = cur = 0
    for x in a:
        prev, cur = cur, max(cur, prev + x)
    return cur
def rob_circle(a):
    if len(a) == 1:
        return a[0]
    return max(rob_line(a[1:]), rob_line(a[:-1]))
def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    sums = {0}
    for n in nums:
        sums |= {s + n for s in sums}
    return total // 2 in sums
def target_sum(nums, target):
    ways = Counter({0: 1})
    for n in nums:
        nxt = Counter()
        for s, c in ways.items():
            nxt[s + n] += c
            nxt[s - n] += c
        ways = nxt
    return ways[target]
print(rob_line([1, 2, 3, 1]), rob_line([2, 7, 9, 3, 1]), rob_circle([2, 3, 2]), rob_circle([1, 2, 3, 1]), rob_circle([5]))
print(can_partition([1, 5, 11, 5]), can_partition([1, 2, 3, 5]), target_sum([1, 1, 1, 1, 1], 3), target_sum([1], 2))
