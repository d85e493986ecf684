# Corpus: first non-repeating character in a stream with OrderedDict and with a dict plus queue.
from collections import OrderedDict, deque, Counter
def stream_firsts(s):
    seen_once = OrderedDict()
    repeated = set()
    out = []
    for ch in s:
        if ch in repeated:
            pass
        elif ch in seen_once:
            del seen_once[ch]
            repeated.add(ch)
        else:
            seen_once[ch] = True
        out.append(next(iter(seen_once), "#"))
    return "".join(out)
def stream_firsts_queue(s):
    counts, q, out = Counter(), deque(), []
    for ch in s:
        counts[ch] += 1
        q.append(ch)
        while q and counts[q[0]] > 1:
            q.popleft()
        out.append(q[0] if q else "#")
    return "".join(out)
for s in ["aabc", "zz", "abcabc", "geeksforgeeksandgeeksquizfor", ""]:
    print(repr(s), stream_firsts(s), stream_firsts(s) == stream_firsts_queue(s))
