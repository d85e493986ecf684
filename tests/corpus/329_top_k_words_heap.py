# Corpus: top-k frequent words ordered by count then alphabetically, via sorting and via heapq.nsmallest.
import heapq
from collections import Counter
def top_k(words, k):
    c = Counter(words)
    return heapq.nsmallest(k, c, key=lambda w: (-c[w], w))
print(top_k(["i", "love", "leetcode", "i", "love", "coding"], 2))
print(top_k(["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"], 4))
c = Counter("the quick the lazy the dog dog".split())
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), c.most_common(2))
