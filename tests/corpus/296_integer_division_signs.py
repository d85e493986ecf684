# Corpus: floor division and modulo with negative operands, math.fmod, and truncation towards zero.
import math
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), int(a / b), math.fmod(a, b), -(-a // b))
print(-7 // 2 == math.floor(-7 / 2), [i % 3 for i in range(-5, 6)], (-1) % 360, -370 % 360)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2))
def ceil_div(a, b):
    return -(-a // b)
print([ceil_div(n, 4) for n in range(-5, 10)])
