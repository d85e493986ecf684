import sys


def main():
    data = sys.stdin.read().split()
    n, limit = int(data[0]), int(data[1])
    weights = sorted(map(int, data[2:2 + n]))
    light, heavy = 0, n - 1
    kayaks = 0
    while light <= heavy:
        # The heaviest person always gets a kayak; take the lightest along if they fit.
        if weights[light] + weights[heavy] <= limit:
            light += 1
        heavy -= 1
        kayaks += 1
    print(kayaks)


main()
