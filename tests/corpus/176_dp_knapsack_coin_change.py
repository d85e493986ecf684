# Corpus: bottom-up dynamic programming: 0/1 knapsack, coin change (min coins and ways), climbing stairs.
def knapsack(weights, values, cap):
    dp = [0] * (cap + 1)
    for w, v in zip(weights, values):
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]

def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1

def coin_ways(coins, amount):
    dp = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] += dp[a - c]
    return dp[amount]

print(knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7), knapsack([10], [5], 5), knapsack([], [], 10))
print(min_coins([1, 2, 5], 11), min_coins([2], 3), min_coins([1], 0), min_coins([186, 419, 83, 408], 6249))
print(coin_ways([1, 2, 5], 5), coin_ways([2], 3), coin_ways([1, 5, 10, 25, 50], 100))
