# Corpus: bisect on descending data via negation and key=, and insertion points for duplicates.
import bisect
desc = [90, 80, 80, 70, 50]
neg = [-x for x in desc]
for score in [100, 80, 75, 10]:
    print(score, bisect.bisect_left(neg, -score), bisect.bisect_right(neg, -score), bisect.bisect_left(desc, -score, key=lambda x: -x))
ranks = sorted(set(desc), reverse=True)
print([bisect.bisect_left([-r for r in ranks], -s) + 1 for s in [90, 80, 75, 50, 5]])
arr = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(arr, x)
print(arr, bisect.bisect(arr, 5), bisect.bisect_left(arr, 5))
