# Corpus: a program that ends with a failed assert statement.
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))

data = [1, 2, 2, 5]
assert is_sorted(data), "data must be sorted"
print("first check passed")
data.append(3)
assert is_sorted(data), f"not sorted: {data}"
print("unreachable")
