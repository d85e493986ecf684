# Corpus: height of an n-ary tree 300 levels deep, written with max() over a generator expression.
def height(tree, node):
    return 1 + max((height(tree, child) for child in tree.get(node, [])), default=0)

chain = {i: [i + 1] for i in range(299)}
chain[0].append(1000)
print(height(chain, 0), height({}, "leaf"), height({"r": ["a", "b"], "a": ["c"]}, "r"))
