# Classic mistake: on any repeat, the window start jumps to just after the previous copy,
# even when that copy is already outside the window ("abba": the start moves backwards).
import sys

line = sys.stdin.readline().rstrip("\n")
last_seen = {}
start = best = 0
for i, ch in enumerate(line):
    if ch in last_seen:
        start = last_seen[ch] + 1
    last_seen[ch] = i
    best = max(best, i - start + 1)
print(best)
