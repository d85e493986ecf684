# Looks each name up in a list of accepted names: O(n * k).
n = int(input())
accepted = []
lowered = []
for _ in range(n):
    name = input().strip()
    if name.lower() not in lowered:
        lowered.append(name.lower())
        accepted.append(name)
print(len(accepted))
for name in accepted:
    print(name)
