# Only checks that each kind of bracket is opened as often as it is closed, ignoring order.
t = int(input())
for _ in range(t):
    line = input().strip()
    ok = all(line.count(o) == line.count(c) for o, c in ("()", "[]", "{}"))
    print("YES" if ok else "NO")
