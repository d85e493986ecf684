# A wrong solution of hostile-statement: prints the difference, so pyprep check proves the tests catch it.
a, b = map(int, input().split())
print(a - b)
