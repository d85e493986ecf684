# Corpus: gcd and lcm over lists, fraction reduction, and simplifying ratios.
import math
from functools import reduce
nums = [12, 18, 24, 36]
print(reduce(math.gcd, nums), math.gcd(*nums), reduce(lambda a, b: a * b // math.gcd(a, b), nums), math.lcm(*nums))
def simplify(n, d):
    g = math.gcd(n, d)
    return n // g, d // g
print(simplify(84, 126), simplify(0, 5), simplify(-6, 8), math.gcd(-12, 18), math.gcd(0, 0))
print(math.lcm(), math.lcm(0, 5), math.gcd(2 ** 100, 2 ** 80 * 3), [math.gcd(i, 12) for i in range(13)])
def coprime_count(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(k, n) == 1)
print([coprime_count(n) for n in range(1, 13)])
