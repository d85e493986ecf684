# Corpus: itertools permutations, combinations, combinations_with_replacement and product.
from itertools import permutations, combinations, combinations_with_replacement, product
print(list(permutations("abc")))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations(range(4), 2)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ab", 2)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", [1, 2])))
print(len(list(permutations(range(6)))), sum(1 for _ in combinations(range(10), 3)))
def subsets(xs):
    return [list(c) for r in range(len(xs) + 1) for c in combinations(xs, r)]
print(subsets([1, 2, 3]))
print(["".join(p) for p in sorted(set(permutations("aab")))])
