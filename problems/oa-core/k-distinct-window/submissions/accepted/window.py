import sys


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    stalls = list(map(int, data[2:2 + n]))
    counts = {}
    left = 0
    best = n + 1  # "not found yet"
    for right, cuisine in enumerate(stalls):
        counts[cuisine] = counts.get(cuisine, 0) + 1
        # Shrink from the left while the window still has k different cuisines.
        while len(counts) >= k:
            best = min(best, right - left + 1)
            gone = stalls[left]
            counts[gone] -= 1
            if counts[gone] == 0:
                del counts[gone]
            left += 1
    print(best if best <= n else -1)


main()
