# Corpus: collections.deque: rotate, maxlen, extendleft, indexing and a sliding-window maximum.
from collections import deque
d = deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d), 3 in d)
d.extendleft([10, 11])
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
def window_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), window_max([4], 1))
d2 = deque("abc")
d2.reverse()
print(list(d2), d2.count("a"), d2.index("b"))
d2.remove("b")
print(d2, deque() == deque([]), deque([1, 2]) + deque([3]))
try:
    deque().popleft()
except IndexError:
    print("IndexError: pop from an empty deque")
