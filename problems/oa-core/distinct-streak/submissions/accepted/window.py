import sys


def main():
    line = sys.stdin.readline().rstrip("\n")
    last_seen = {}  # character -> index of its latest occurrence
    start = best = 0
    for i, ch in enumerate(line):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1  # drop everything up to the previous copy of ch
        last_seen[ch] = i
        best = max(best, i - start + 1)
    print(best)


main()
