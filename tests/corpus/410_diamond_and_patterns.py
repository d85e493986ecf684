# Corpus: printing star patterns: triangles, a diamond, a hollow square and Floyd's triangle.
n = 4
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for r in range(n):
    print("".join("#" if r in (0, n - 1) or c in (0, n - 1) else "." for c in range(n)))
k = 1
for i in range(1, 5):
    print(" ".join(str(k + j) for j in range(i)))
    k += i
print("\n".join(str(i) * i for i in range(1, 5)))
