# Corpus: interval problems: merging, inserting and counting meeting rooms.
import heapq
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

def rooms(meetings):
    ends = []
    for s, e in sorted(meetings):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)

print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([]), merge([[5, 6], [1, 10]]))
print(rooms([(0, 30), (5, 10), (15, 20)]), rooms([(7, 10), (2, 4)]), rooms([]))
def non_overlapping(intervals):
    end, removed = float("-inf"), 0
    for s, e in sorted(intervals, key=lambda iv: iv[1]):
        if s >= end:
            end = e
        else:
            removed += 1
    return removed
print(non_overlapping([[1, 2], [2, 3], [3, 4], [1, 3]]), non_overlapping([[1, 2], [1, 2], [1, 2]]))
