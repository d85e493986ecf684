# Mistake: Python integers never overflow, so the count is exact, but the task asks for it
# modulo 1_000_000_007.
def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
