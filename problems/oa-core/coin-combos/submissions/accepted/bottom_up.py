MOD = 1_000_000_007


def count_ways(coins: list[int], amount: int) -> int:
    # ways[a] = number of ways to pay a with the coin types considered so far
    ways = [1] + [0] * amount  # one way to pay 0: use no coins
    for coin in coins:  # coin types in the outer loop: each combination is counted once
        for a in range(coin, amount + 1):
            ways[a] = (ways[a] + ways[a - coin]) % MOD
    return ways[amount]
