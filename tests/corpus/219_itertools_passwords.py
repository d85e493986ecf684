# Corpus: itertools.product for brute-force search spaces and combinations for pair sums.
from itertools import product, combinations, permutations
codes = ["".join(p) for p in product("ab1", repeat=2)]
print(codes, len(list(product(range(10), repeat=4))))
target = 10
nums = [1, 3, 5, 7, 9, 2, 8]
print(sorted({tuple(sorted(c)) for c in combinations(nums, 2) if sum(c) == target}))
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:6])
words = ["cat", "act", "tac", "dog"]
print(sorted(w for w in words if w in {"".join(p) for p in permutations("cat")}))
grid_moves = [(dr, dc) for dr, dc in product((-1, 0, 1), repeat=2) if (dr, dc) != (0, 0)]
print(grid_moves)
print(list(product([1, 2], "xy", [True])))
