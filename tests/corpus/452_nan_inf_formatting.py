# Corpus: formatting and parsing special floats: nan/inf in f-strings, json, repr, int conversion and comparisons.
import math, json
vals = [float("nan"), float("inf"), -float("inf"), -0.0, 0.0]
for v in vals:
    print(repr(v), str(v), f"{v:.2f}", f"{v:e}", f"{v:>6}", f"{v:+}", json.dumps(v), math.copysign(1, v))
print(float("NaN"), float("-Infinity"), float("+inf"), float("nan") in [float("nan")], math.isnan(float("nan") * 0))
x = float("nan")
print(x in [x], [x] == [x], x == x, sorted([3, 1, 2, 0.5]), min([float("inf"), 5]))
