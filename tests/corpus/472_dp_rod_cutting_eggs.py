# Corpus: rod cutting (unbounded knapsack with the cuts) and the two-egg drop problem.
def rod(prices, n):
    best, cut = [0] * (n + 1), [0] * (n + 1)
    for length in range(1, n + 1):
        for c in range(1, min(length, len(prices)) + 1):
            if prices[c - 1] + best[length - c] > best[length]:
                best[length], cut[length] = prices[c - 1] + best[length - c], c
    pieces = []
    while n:
        pieces.append(cut[n])
        n -= cut[n]
    return best[-1], pieces
print(rod([1, 5, 8, 9, 10, 17, 17, 20], 8), rod([3, 5, 8, 9, 10, 17, 17, 20], 8), rod([2], 5))
def egg_drop(eggs, floors):
    dp = [0] * (eggs + 1)
    moves = 0
    while dp[eggs] < floors:
        moves += 1
        for e in range(eggs, 0, -1):
            dp[e] = dp[e] + dp[e - 1] + 1
    return moves
print([egg_drop(2, f) for f in (1, 6, 10, 36, 100)], egg_drop(3, 14), egg_drop(1, 7))
