import sys

data = sys.stdin.read().split()
n = int(data[0])
names = data[1:n + 1]
names.sort(key=lambda name: (len(name), name))
print("\n".join(names))
