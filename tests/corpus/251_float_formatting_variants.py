# Corpus: float formatting with e, g, %, and n-less specs across magnitudes, and str() versus format().
values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 123.456, 1e-10, 6.02214076e23, 1e100, 2.5e-5, 100000.0, 1234567.0, 12345678901234567890.0]
for v in values:
    print(str(v), f"{v:e}", f"{v:.2e}", f"{v:g}", f"{v:.10g}", f"{v:.1%}" if abs(v) < 1e6 else "-", format(v), format(v, ".3"))
print("%g %G %e %.0e %#.0f %.3f" % (0.0001234, 1e-20, 12.5, 15.5, 3.0, 2.0005))
print(f"{1e16}", f"{1e15}", str(1e16), repr(1e-4), repr(1e-5), f"{1.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
