# Corpus: yield from: delegating to sub-generators and capturing their return value.
def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("got", result)
    yield 3
    yield from range(4, 6)
    yield from "ab"

print(list(outer()))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)

print("\n".join(tree_walk(("root", [("a", [("a1", [])]), ("b", [])]))))
