# Mistake: removes repeated prices "to save time", but two items with the same price are
# still different items, so bundles using either of them are different bundles.
from collections import Counter


def count_bundles(prices, budget):
    prices = sorted(set(prices))
    half = len(prices) // 2
    left, right = [0], [0]
    for x in prices[:half]:
        left += [s + x for s in left]
    for x in prices[half:]:
        right += [s + x for s in right]
    counts = Counter(left)
    total = sum(counts[budget - s] for s in right)
    return total - 1 if budget == 0 else total
