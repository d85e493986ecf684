# Corpus: yield from with sub-generator return values: summing a tree while yielding visited names.
def walk(node):
    name, value, children = node
    yield name
    total = value
    for child in children:
        total += yield from walk(child)
    return total

tree = ("root", 1, [("a", 2, [("a1", 3, []), ("a2", 4, [])]), ("b", 5, [("b1", 6, [])])])
def run(tree):
    gen = walk(tree)
    names = []
    while True:
        try:
            names.append(next(gen))
        except StopIteration as stop:
            return names, stop.value
print(run(tree))
def delegator():
    r1 = yield from (x for x in range(2))
    r2 = yield from iter([])
    return (r1, r2)
g = delegator()
print(list(g))
