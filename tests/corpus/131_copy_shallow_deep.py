# Corpus: copy.copy versus copy.deepcopy on nested lists, dicts and objects.
import copy
orig = [[1, 2], [3, 4], {"k": [5]}]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig[0].append(99)
orig[2]["k"].append(6)
orig.append("new")
print(orig)
print(shallow)
print(deep)
print(shallow[0] is orig[0], deep[0] is orig[0], shallow is orig)
d = {"a": [1], "b": {"c": [2]}}
d2 = dict(d)
d3 = copy.deepcopy(d)
d["b"]["c"].append(3)
print(d2, d3)
grid = [[0] * 3 for _ in range(2)]
g2 = [row[:] for row in grid]
g2[0][0] = 1
print(grid, g2)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
