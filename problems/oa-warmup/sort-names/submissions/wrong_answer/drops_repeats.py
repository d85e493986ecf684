# Uses a set to tidy the list, which silently drops participants who share a name.
n = int(input())
names = {input().strip() for _ in range(n)}
for name in sorted(names, key=lambda name: (len(name), name)):
    print(name)
