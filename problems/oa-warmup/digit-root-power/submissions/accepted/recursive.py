def digit_root(n):
    if n < 10:
        return n
    return digit_root(sum(int(d) for d in str(n)))


t = int(input())
for _ in range(t):
    b, e = map(int, input().split())
    print(digit_root(b ** e))
