# Corpus: plain recursion to depth 900, within the default recursion limit of 1000.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)

print(sys.getrecursionlimit())
print(depth(900))
print(sum_list(list(range(900))))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(len(count_down(900, [])))
