# Corpus: f-string format specs for numbers: width, precision, sign, grouping, bases.
n = 1234567.891
i = 255
print(f"{n:.2f} {n:,.2f} {n:_.3f} {n:e} {n:.3E} {n:g} {n:.3g}")
print(f"{i:b} {i:o} {i:x} {i:X} {i:#b} {i:#o} {i:#x} {i:08b} {i:_b}")
print(f"{42:+d} {-42:+d} {42: d} {-42: d} {42:=+8d} {42:08d} {-42:08d}")
print(f"{0.5:%} {0.125:.1%} {1/3:.4f} {2/3:.0f} {-0.0:.1f}")
print(f"{1e20:f} {1e-7:f} {1e-7:g} {123456789.0:g} {1e16:g}")
print(f"{10**20:,} {-1234:,} {1234.5:,}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}] [{'hi':>{w}}] [{7:0{w}d}]")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):>6}")
print(f"{12345:,d} {0xff:#06x} {3:3} {'s':3}|")
print(f"{1.5:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
