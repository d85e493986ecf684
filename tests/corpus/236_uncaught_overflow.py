# Corpus: a program that ends with an uncaught OverflowError from math.exp on a large argument.
import math
print("x", "exp(x)")
for x in [1, 10, 100, 1000]:
    print(x, f"{math.exp(x):.6e}")
