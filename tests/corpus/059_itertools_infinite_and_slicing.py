# Corpus: itertools count, cycle, repeat, islice, takewhile, dropwhile, chain and zip_longest.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile, chain, zip_longest, compress, filterfalse, starmap, tee
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(islice(range(100), 2, 20, 5)), list(islice("abcdef", 3)))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(map(pow, [2, 3], repeat(2))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(islice(count(1.5, 0.5), 3)))
