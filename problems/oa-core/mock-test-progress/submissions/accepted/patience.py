import sys
from bisect import bisect_left


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    scores = map(int, data[1:1 + n])
    # tails[L] = smallest last score of a strictly rising chain of length L + 1 seen so far
    tails = []
    for s in scores:
        pos = bisect_left(tails, s)  # first tail >= s: s replaces it (or extends the list)
        if pos == len(tails):
            tails.append(s)
        else:
            tails[pos] = s
    print(len(tails))


main()
