# Corpus: the Josephus problem with deque.rotate, checked against the recurrence.
from collections import deque
def josephus_order(n, k):
    d = deque(range(1, n + 1))
    order = []
    while d:
        d.rotate(-(k - 1))
        order.append(d.popleft())
    return order
def survivor(n, k):
    s = 0
    for i in range(2, n + 1):
        s = (s + k) % i
    return s + 1
print(josephus_order(7, 3), survivor(7, 3))
print(all(josephus_order(n, k)[-1] == survivor(n, k) for n in range(1, 20) for k in range(1, 6)))
print(josephus_order(10, 2), survivor(41, 3))
