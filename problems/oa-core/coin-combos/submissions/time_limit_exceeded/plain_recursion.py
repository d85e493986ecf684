# Brute force: recursion without memoisation (use coin i again, or move on to the next type).
# It recomputes the same (i, remaining) states over and over: exponential time.
import sys

sys.setrecursionlimit(10000)
MOD = 1_000_000_007


def count_ways(coins, amount):
    def go(i, remaining):
        if remaining == 0:
            return 1
        if i == len(coins) or remaining < 0:
            return 0
        return go(i, remaining - coins[i]) + go(i + 1, remaining)

    return go(0, amount) % MOD
