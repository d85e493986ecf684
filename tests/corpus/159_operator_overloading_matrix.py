# Corpus: a Matrix class with __matmul__, __getitem__ on tuples, __eq__ and __repr__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("shape mismatch")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, other):
        return self.rows == other.rows
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a[1, 0], a.shape, a @ b == Matrix([[2, 1], [4, 3]]))
print((Matrix([[1, 1], [1, 0]]) ** 90)[0, 1])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError", e)
