# Corpus: why greedy coin change fails for some coin systems, compared with DP.
def greedy(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            amount -= c
            used.append(c)
    return used if amount == 0 else None
def dp(coins, amount):
    best = [[]] + [None] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] is not None and (best[a] is None or len(best[a - c]) + 1 < len(best[a])):
                best[a] = best[a - c] + [c]
    return best[amount]
for coins, amount in [([1, 5, 10, 25], 63), ([1, 3, 4], 6), ([2, 5], 3), ([9, 6, 1], 12)]:
    print(coins, amount, greedy(coins, amount), sorted(dp(coins, amount) or [], reverse=True) or dp(coins, amount))
