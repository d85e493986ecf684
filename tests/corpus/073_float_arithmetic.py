# Corpus: float arithmetic edge cases: inf, nan comparisons, division by zero and integer division of floats.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, nan in [nan], [nan] == [nan])
print(1e308 * 10, 2.0 ** 0.5, 10 / 4, 10 // 4.0, -7.5 // 2, -7.5 % 2, 7.5 % -2)
for a, b in [(1, 0), (1.0, 0.0), (0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
try:
    print(5 % 0)
except ZeroDivisionError:
    print("ZeroDivisionError in modulo")
print(max(1, nan), min(nan, 1) != min(nan, 1), sorted([3.0, 1.0, 2.0]), 0.1 * 3, 1.1 * 1.1)
print(sum([1e100, 1.0, -1e100]), 1e-320 > 0, 2 ** 0.5 * 2 ** 0.5 == 2, float(True), 3 * 0.1 == 0.3)
print(int(1e18), int(1e19), int(-1e-9), round(1e15 + 0.5), 9007199254740993 == 9007199254740993.0)
print(10 ** 16 + 1.0, (10 ** 16 + 1) * 1.0, 1 / 3 * 3 == 1, 2 / 3, -1 / 3, 1.0 / 7)
