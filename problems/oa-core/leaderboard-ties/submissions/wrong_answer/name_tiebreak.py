# Mistake: breaks full ties alphabetically instead of keeping registration order.
import sys

lines = sys.stdin.read().split("\n")
n = int(lines[0])
teams = [line.split() for line in lines[1:1 + n]]
teams.sort(key=lambda t: (-int(t[1]), int(t[2]), t[0]))
print("\n".join(t[0] for t in teams))
