# Corpus: repr and str of floats (shortest round-trip), classic binary-fraction surprises.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e-4,
        5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.0e22, 1e23, 3.0 * 1.1, 0.3]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("1.10"), float("  -2.5e3 "), float("inf"), float("-nan"), float("1_000.5"))
print((0.1).as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"))
print(2.0.is_integer(), 2.5.is_integer(), int(2.9), int(-2.9), float(10**20))
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.135]])
