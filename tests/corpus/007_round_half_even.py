# Corpus: round() uses banker's rounding (half to even) and float representation matters.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.25, 1.35, 0.045, 12.345]:
    print(v, round(v, 2), round(v, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(12.5), round(13.5), round(7))
print(round(1e300, 2), round(0.1, 20), round(123.456, -1), round(-0.4))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError: cannot round infinity")
