# Corpus: nested format specs and dynamic widths, alignment of numbers and text in f-strings.
data = [("pi", 3.14159265), ("e", 2.71828182), ("phi", 1.61803398), ("big", 12345.6789)]
for prec in (0, 2, 4):
    print(" ".join(f"{name}={value:.{prec}f}" for name, value in data))
width = max(len(n) for n, _ in data)
for name, value in data:
    print(f"{name:>{width}} | {value:>12.3f} | {value:<12.2e} | {value:^+12.1f} | {value:012.4f}")
for fill, align in [("*", "<"), ("-", "^"), ("0", ">")]:
    print(f"{'x':{fill}{align}7}", f"{42:{fill}{align}7}")
print(f"{'abc':.2}", f"{'abcdef':>8.3}", f"{1234567:_}", f"{0.000123456:.3g}", f"{123456789:.3g}")
print(f"{-1.5:+}", f"{1.5:+}", f"{255:#X}", f"{3:b}", f"{10:c}" == "\n", f"{97:c}")
