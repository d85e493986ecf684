# Corpus: list, nested and conditional comprehensions, and their scoping.
squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
flat = [v for row in [[1, 2], [3], [], [4, 5, 6]] for v in row]
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(squares, evens, labels, sep="\n")
print(pairs)
print(flat, matrix)
x = "outer"
_ = [x for x in range(3)]
print(x)
print([c.upper() for c in "hello" if c not in "l"])
print([(i, c) for i, c in enumerate("abc", start=1)])
print(sum(x for x in range(101)), any(x > 8 for x in squares), all(x >= 0 for x in squares))
print([[r[i] for r in matrix] for i in range(3)])
print([y for x in range(4) if (y := x * 3) > 3])
