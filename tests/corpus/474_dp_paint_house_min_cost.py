# Corpus: minimum-cost DP with constraints: paint houses with no equal neighbours, min cost climbing stairs.
def paint(costs):
    if not costs:
        return 0
    prev = costs[0][:]
    for c in costs[1:]:
        prev = [c[i] + min(prev[j] for j in range(len(c)) if j != i) for i in range(len(c))]
    return min(prev)
def stairs(cost):
    a = b = 0
    for c in cost:
        a, b = b, min(a, b) + c
    return min(a, b)
print(paint([[17, 2, 17], [16, 16, 5], [14, 3, 19]]), paint([[7, 6, 2]]), paint([]))
print(stairs([10, 15, 20]), stairs([1, 100, 1, 1, 1, 100, 1, 1, 100, 1]), stairs([0, 0]))
