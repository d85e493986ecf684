# Plain backtracking: tries all 2^n bundles. Fine for n = 20, hopeless for n = 30.
def count_bundles(prices, budget):
    n = len(prices)

    def go(i, total, taken):
        if i == n:
            return 1 if total == budget and taken else 0
        return go(i + 1, total + prices[i], True) + go(i + 1, total, taken)

    return go(0, 0, False)
