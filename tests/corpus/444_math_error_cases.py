# Corpus: the exception types math and int() raise on bad inputs (domain, overflow, type).
import math
cases = [
    lambda: math.factorial(-1), lambda: math.factorial(3.0), lambda: math.comb(5, -1), lambda: math.log(-1),
    lambda: math.exp(1000), lambda: int(float("nan")), lambda: int(float("inf")), lambda: math.isqrt(-4),
    lambda: math.pow(0, -1), lambda: 2.0 ** 10000, lambda: math.sqrt("4"), lambda: math.gcd(1.5, 3),
    lambda: divmod(1, 0.0), lambda: (-8) ** (1 / 3), lambda: math.ceil(float("inf")), lambda: round(float("nan")),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__)
print(float("1e500"), -float("1e500"), math.factorial(0), math.comb(5, 7), math.perm(3, 5))
