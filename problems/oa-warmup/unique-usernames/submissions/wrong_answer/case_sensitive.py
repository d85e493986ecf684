# Compares names exactly, so 'Riya_07' and 'riya_07' both get in.
import sys

lines = sys.stdin.read().split()
n = int(lines[0])
seen = set()
accepted = []
for name in lines[1:n + 1]:
    if name not in seen:
        seen.add(name)
        accepted.append(name)
print(len(accepted))
print("\n".join(accepted))
