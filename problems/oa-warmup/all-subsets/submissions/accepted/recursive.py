def subsets(items):
    if not items:
        return [[]]  # exactly one subset of nothing: the empty one
    rest = subsets(items[1:])
    return rest + [[items[0]] + subset for subset in rest]
