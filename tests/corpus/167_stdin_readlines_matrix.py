# Corpus: sys.stdin.readlines() for a matrix, then transposing and row/column sums.
import sys
lines = [l for l in sys.stdin.readlines() if l.strip() and not l.startswith("#")]
matrix = [list(map(int, l.split())) for l in lines]
print(matrix)
print([sum(r) for r in matrix], [sum(c) for c in zip(*matrix)])
print(sum(matrix[i][i] for i in range(len(matrix))), sum(matrix[i][-1 - i] for i in range(len(matrix))))
for row in zip(*matrix):
    print(*row)
