# Corpus: bisect: bisect_left/right, insort, grade lookup and key= searches.
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
def count_in_range(xs, lo, hi):
    return bisect.bisect_right(xs, hi) - bisect.bisect_left(xs, lo)
print(count_in_range(a, 4, 7), count_in_range(a, 10, 20))
people = [("ann", 20), ("bob", 25), ("cy", 31)]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]))
bisect.insort(people, ("dee", 27), key=lambda p: p[1])
print(people)
def lis_length(nums):
    tails = []
    for n in nums:
        i = bisect.bisect_left(tails, n)
        tails[i:i + 1] = [n]
    return len(tails)
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]), lis_length([]), lis_length([7, 7, 7]))
