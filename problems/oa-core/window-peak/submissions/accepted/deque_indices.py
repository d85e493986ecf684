import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    readings = list(map(int, data[2:2 + n]))
    window = deque()  # indices; their readings strictly decrease from front to back
    peaks = []
    for i, value in enumerate(readings):
        while window and readings[window[-1]] <= value:
            window.pop()  # can never be a peak again: value is newer and at least as big
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # slid out of the window
        if i >= k - 1:
            peaks.append(readings[window[0]])
    print(" ".join(map(str, peaks)))


main()
