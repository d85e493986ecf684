# Classic mistake: sort ascending, then flip the whole list to get "descending".
# Flipping also reverses teams that tie completely, so the later registration ends up first.
import sys

lines = sys.stdin.read().split("\n")
n = int(lines[0])
teams = []
for line in lines[1:1 + n]:
    name, score, minutes = line.split()
    teams.append((name, int(score), int(minutes)))
teams.sort(key=lambda t: (t[1], -t[2]))
teams = teams[::-1]
for name, _, _ in teams:
    print(name)
