# Corpus: itertools.starmap and operator for dot products, pairwise distances and matrix-vector products.
from itertools import starmap, combinations
import operator, math
v, w = [1, 2, 3], [4, 5, 6]
print(sum(starmap(operator.mul, zip(v, w))), sum(map(operator.mul, v, w)))
pts = [(0, 0), (3, 4), (6, 8), (1, 1)]
dists = {(a, b): math.dist(a, b) for a, b in combinations(pts, 2)}
print(min(dists, key=dists.get), round(max(dists.values()), 4))
M = [[1, 2], [3, 4], [5, 6]]
x = [10, 1]
print([sum(starmap(operator.mul, zip(row, x))) for row in M])
print(list(starmap(lambda a, b: a ** b, [(2, 3), (3, 2), (10, 0)])), list(starmap(max, [(1, 5, 3), (9, 2)])))
