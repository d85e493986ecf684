# Corpus: list methods: append, extend, insert, pop, remove, index, count, slicing assignment.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a, a.index(5), a.count(1), 4 in a, 42 not in a)
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1]
del a[-2:]
print(a, len(a))
b = a.copy()
b.clear()
print(a, b)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError:
    print("ValueError on remove")
