# Corpus: word ladder length with BFS over wildcard buckets.
from collections import deque, defaultdict
def ladder(begin, end, words):
    words = set(words)
    if end not in words:
        return 0
    buckets = defaultdict(list)
    for w in words | {begin}:
        for i in range(len(w)):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    q = deque([(begin, 1)])
    seen = {begin}
    while q:
        w, d = q.popleft()
        if w == end:
            return d
        for i in range(len(w)):
            for nxt in buckets[w[:i] + "*" + w[i + 1:]]:
                if nxt not in seen:
                    seen.add(nxt)
                    q.append((nxt, d + 1))
    return 0
print(ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]))
print(ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log"]))
print(ladder("a", "c", ["a", "b", "c"]))
