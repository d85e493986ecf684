# Classic mistake: meet in the middle counts the empty left part with the empty right part,
# which is the empty bundle; with budget 0 it must be taken off the count.
from collections import Counter


def count_bundles(prices, budget):
    half = len(prices) // 2
    left, right = [0], [0]
    for x in prices[:half]:
        left += [s + x for s in left]
    for x in prices[half:]:
        right += [s + x for s in right]
    counts = Counter(left)
    return sum(counts[budget - s] for s in right)
