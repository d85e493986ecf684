# Corpus: root-to-leaf path sums, counting paths with a target sum via prefix sums on the way down.
from collections import Counter
class T:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
root = T(10, T(5, T(3, T(3), T(-2)), T(2, None, T(1))), T(-3, None, T(11)))
def all_paths(n, path=()):
    if not n:
        return []
    path = path + (n.v,)
    if not n.l and not n.r:
        return [path]
    return all_paths(n.l, path) + all_paths(n.r, path)
print([(p, sum(p)) for p in all_paths(root)])
def path_count(n, target, running=0, seen=None):
    seen = Counter({0: 1}) if seen is None else seen
    if not n:
        return 0
    running += n.v
    total = seen[running - target]
    seen[running] += 1
    total += path_count(n.l, target, running, seen) + path_count(n.r, target, running, seen)
    seen[running] -= 1
    return total
print(path_count(root, 8), path_count(root, 18), path_count(None, 0))
