# Corpus: backtracking with duplicates: unique subsets, unique permutations and combination sum II.
def subsets_dup(nums):
    nums.sort()
    out = []
    def go(start, path):
        out.append(path[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i]); go(i + 1, path); path.pop()
    go(0, [])
    return out
def perms_unique(nums):
    from collections import Counter
    c, out = Counter(nums), []
    def go(path):
        if len(path) == len(nums):
            out.append(path[:]); return
        for x in sorted(c):
            if c[x]:
                c[x] -= 1; path.append(x); go(path); path.pop(); c[x] += 1
    go([])
    return out
def comb_sum2(cands, target):
    cands.sort()
    out = []
    def go(start, rem, path):
        if rem == 0:
            out.append(path[:]); return
        for i in range(start, len(cands)):
            if i > start and cands[i] == cands[i - 1]:
                continue
            if cands[i] > rem:
                break
            path.append(cands[i]); go(i + 1, rem - cands[i], path); path.pop()
    go(0, target, [])
    return out
print(subsets_dup([1, 2, 2]), perms_unique([1, 1, 2]), comb_sum2([10, 1, 2, 7, 6, 1, 5], 8))
