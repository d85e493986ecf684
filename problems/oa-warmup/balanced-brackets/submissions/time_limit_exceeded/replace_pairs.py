# Deletes innermost pairs until nothing changes: O(n^2) for deep nesting.
t = int(input())
for _ in range(t):
    line = input().strip()
    previous = None
    while line != previous:
        previous = line
        line = line.replace("()", "").replace("[]", "").replace("{}", "")
    print("YES" if line == "" else "NO")
