# Corpus: functools.cmp_to_key: the largest-number problem and custom comparators.
from functools import cmp_to_key

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    result = "".join(strs)
    return "0" if result[0] == "0" else result

print(largest_number([10, 2]), largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]))
def by_len_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a > b else (1 if a < b else 0)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_len_then_reverse_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) > K(4))
pts = [(1, 2), (0, 0), (2, 1)]
print(sorted(pts, key=cmp_to_key(lambda p, q: (p[0] ** 2 + p[1] ** 2) - (q[0] ** 2 + q[1] ** 2))))
