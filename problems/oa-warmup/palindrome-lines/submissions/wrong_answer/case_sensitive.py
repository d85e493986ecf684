# Forgets to lower-case: 'Madam' is compared as 'madaM'.
t = int(input())
for _ in range(t):
    cleaned = [ch for ch in input() if ch.isalnum()]
    print("YES" if cleaned == cleaned[::-1] else "NO")
