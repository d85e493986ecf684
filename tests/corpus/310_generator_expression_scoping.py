# Corpus: scoping in comprehensions and generator expressions: class bodies, late binding and the first iterable.
class Table:
    size = 3
    rows = [i for i in range(size)]
    try:
        cells = [size * i for i in range(3)]
    except NameError:
        cells = "NameError: class variables are not visible inside the comprehension body"
print(Table.rows, Table.cells)
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
items = [1, 2, 3]
gen2 = (i * 2 for i in items)
items = [100]
print(list(gen2))
funcs = [(lambda: n) for n in range(3)]
print([f() for f in funcs])
print([[(i, j) for j in range(i)] for i in range(3)])
