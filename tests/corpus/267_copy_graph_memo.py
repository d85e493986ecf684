# Corpus: cloning a graph with shared nodes and cycles: deepcopy and a hand-written memo dict.
import copy
class GNode:
    def __init__(self, val):
        self.val, self.neighbors = val, []

def clone(node, memo=None):
    memo = {} if memo is None else memo
    if node in memo:
        return memo[node]
    c = GNode(node.val)
    memo[node] = c
    c.neighbors = [clone(n, memo) for n in node.neighbors]
    return c

nodes = [GNode(i) for i in range(1, 5)]
for i, n in enumerate(nodes):
    n.neighbors = [nodes[(i + 1) % 4], nodes[(i - 1) % 4]]
c = clone(nodes[0])
print(c.val, [n.val for n in c.neighbors], c.neighbors[0].neighbors[1] is c, c is not nodes[0])
d = copy.deepcopy(nodes[0])
print(d.val, [n.val for n in d.neighbors], d.neighbors[0].neighbors[1] is d)
config = {"servers": ["a", "b"], "limits": {"cpu": 2}}
shallow, deep = config.copy(), copy.deepcopy(config)
config["servers"].append("c")
config["limits"]["cpu"] = 8
print(shallow, deep)
