# Corpus: comparing version strings by numeric parts with zero padding, and sorting versions.
from itertools import zip_longest
def compare(v1, v2):
    for a, b in zip_longest(v1.split("."), v2.split("."), fillvalue="0"):
        a, b = int(a), int(b)
        if a != b:
            return 1 if a > b else -1
    return 0
pairs = [("1.01", "1.001"), ("1.0", "1.0.0"), ("0.1", "1.1"), ("1.0.1", "1"), ("7.5.2.4", "7.5.3"), ("1.10", "1.9")]
print([compare(a, b) for a, b in pairs])
versions = ["1.10.0", "1.2", "1.2.0.1", "0.9", "1.2.10", "1.02"]
print(sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
