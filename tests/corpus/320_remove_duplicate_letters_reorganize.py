# Corpus: greedy stack and heap answers: smallest subsequence of distinct letters, and reorganise a string.
import heapq
from collections import Counter
def remove_duplicate_letters(s):
    last = {c: i for i, c in enumerate(s)}
    stack, seen = [], set()
    for i, c in enumerate(s):
        if c in seen:
            continue
        while stack and c < stack[-1] and last[stack[-1]] > i:
            seen.discard(stack.pop())
        stack.append(c)
        seen.add(c)
    return "".join(stack)
def reorganize(s):
    heap = [(-n, c) for c, n in Counter(s).items()]
    heapq.heapify(heap)
    out, prev = [], None
    while heap:
        n, c = heapq.heappop(heap)
        out.append(c)
        if prev:
            heapq.heappush(heap, prev)
            prev = None
        if n + 1:
            prev = (n + 1, c)
    return "".join(out) if not prev else ""
print(remove_duplicate_letters("bcabc"), remove_duplicate_letters("cbacdcbc"), remove_duplicate_letters("a"))
print(reorganize("aab"), repr(reorganize("aaab")), reorganize("aaabbc"), reorganize("vvvlo"))
