input()
distinct = sorted(set(map(int, input().split())))
print(distinct[-2] if len(distinct) >= 2 else "NONE")
