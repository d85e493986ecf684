# Corpus: bisect on timestamps: values at or before a time, counting events in windows.
import bisect
times = [1, 4, 4, 7, 10, 15, 21]
values = ["a", "b", "c", "d", "e", "f", "g"]
def at(t):
    i = bisect.bisect_right(times, t)
    return values[i - 1] if i else None
print([at(t) for t in [0, 1, 4, 5, 21, 100]])
def in_window(lo, hi):
    return values[bisect.bisect_left(times, lo):bisect.bisect_right(times, hi)]
print(in_window(4, 10), in_window(11, 14), in_window(0, 100) == values)
hits = [1, 2, 3, 300, 301, 600]
print([len(hits[bisect.bisect_right(hits, t - 300):bisect.bisect_right(hits, t)]) for t in (4, 300, 301, 600)])
