# The reference solution of hostile-statement: reads two integers and prints their sum.
a, b = map(int, input().split())
print(a + b)
