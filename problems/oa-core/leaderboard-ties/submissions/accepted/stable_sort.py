import sys


def main():
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    teams = []
    for line in lines[1:1 + n]:
        name, score, minutes = line.split()
        teams.append((name, int(score), int(minutes)))
    # sorted() is stable: teams with equal score and minutes keep their registration order.
    teams.sort(key=lambda t: (-t[1], t[2]))
    print("\n".join(name for name, _, _ in teams))


main()
