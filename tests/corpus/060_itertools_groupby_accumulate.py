# Corpus: itertools.groupby (needs sorted input) and accumulate; pairwise and batched-style chunking.
from itertools import groupby, accumulate, pairwise, islice
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "akee"], key=lambda s: s[0])
for k, g in groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby("aaabbbccaa")])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1])])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([5, 1, 3], min)))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
def chunks(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunks(range(10), 3)), list(chunks([], 2)))
