# Believes an empty list has no subsets at all, instead of exactly one (the empty subset).
def subsets(items):
    if not items:
        return []
    rest = subsets(items[1:]) or [[]]
    return rest + [[items[0]] + subset for subset in rest]
