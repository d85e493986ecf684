from collections import Counter


def subset_sums(items):
    """The sums of all 2^len(items) subsets (the empty one included), with repeats."""
    sums = [0]
    for x in items:
        sums += [s + x for s in sums]
    return sums


def count_bundles(prices: list[int], budget: int) -> int:
    half = len(prices) // 2
    left = Counter(subset_sums(prices[:half]))
    right = subset_sums(prices[half:])
    # every bundle is a left part plus a right part; count the pairs that add up to budget
    total = sum(left[budget - s] for s in right)
    if budget == 0:
        total -= 1  # the empty bundle (empty left part + empty right part) does not count
    return total
