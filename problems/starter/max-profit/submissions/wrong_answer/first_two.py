# Assumes at least one rising pair and never clamps at zero.
def max_profit(prices):
    if len(prices) < 2:
        return 0
    return max(prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices)))
