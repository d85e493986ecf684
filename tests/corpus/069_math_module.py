# Corpus: the math module: gcd/lcm, isqrt, comb/perm, factorial, floor/ceil, log, hypot, isclose.
import math
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(2, 3, 4))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**30), math.sqrt(2), math.sqrt(16))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(20), math.comb(52, 5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2.0000001))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0), math.log1p(0))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.pi, math.tau, math.e, math.inf, -math.inf)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isnan(float("nan")), math.isinf(1e308 * 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.copysign(3, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(round(math.sin(math.pi / 6), 12), round(math.cos(0), 3), math.degrees(math.pi), math.radians(180), round(math.atan2(1, 1), 6))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", type(e).__name__)
print(math.pow(2, 10), 2 ** 10, math.gcd(), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
