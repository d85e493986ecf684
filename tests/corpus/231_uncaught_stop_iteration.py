# Corpus: a program that ends with an uncaught StopIteration from next() on an exhausted iterator.
it = iter([10, 20])
print(next(it))
print(next(it))
print(next(it))
