from math import gcd

low, high, p, q = map(int, input().split())
both = p * q // gcd(p, q)  # a multiple of p and of q is a multiple of lcm(p, q)
for i in range(low, high + 1):
    if i % both == 0:
        print("TickTock")
    elif i % p == 0:
        print("Tick")
    elif i % q == 0:
        print("Tock")
    else:
        print(i)
