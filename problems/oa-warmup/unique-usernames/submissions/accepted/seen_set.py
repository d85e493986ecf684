import sys

lines = sys.stdin.read().split()
n = int(lines[0])
seen = set()
accepted = []
for name in lines[1:n + 1]:
    key = name.lower()
    if key not in seen:
        seen.add(key)
        accepted.append(name)
print(len(accepted))
print("\n".join(accepted))
