# Mistake: an "edge-case guard" that says there is no way to pay 0, but paying nothing is
# exactly one way (use no coins).
MOD = 1_000_000_007


def count_ways(coins, amount):
    if amount <= 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] = (ways[a] + ways[a - coin]) % MOD
    return ways[amount]
