# Corpus: recursive generators: permutations, subsets and balanced parentheses yielded lazily.
def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
def parens(open_, close, prefix=""):
    if open_ == close == 0:
        yield prefix
    if open_:
        yield from parens(open_ - 1, close, prefix + "(")
    if close > open_:
        yield from parens(open_, close - 1, prefix + ")")
print(list(perms([1, 2, 3])), sum(1 for _ in perms(list(range(6)))))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(parens(3, 3)))
