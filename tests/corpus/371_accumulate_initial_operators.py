# Corpus: itertools.accumulate with initial values and operator functions for running products and maxima.
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([5, 3, 8, 1, 9], max)), list(accumulate([5, 3, 8, 1, 9], min)))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])), list(accumulate([], initial=0)))
balances = list(accumulate([100, -20, -50, 30], lambda bal, tx: max(0, bal + tx)))
print(balances)
print(list(accumulate(range(1, 6), lambda a, b: a * b % 7)))
