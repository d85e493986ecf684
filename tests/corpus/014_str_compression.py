# Corpus: run-length encoding and string compression, with groupby and by hand.
from itertools import groupby

def compress(s):
    if not s:
        return s
    out = []
    count = 1
    for i in range(1, len(s) + 1):
        if i < len(s) and s[i] == s[i - 1]:
            count += 1
        else:
            out.append(s[i - 1] + str(count))
            count = 1
    result = "".join(out)
    return result if len(result) < len(s) else s

def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))

for s in ["aabcccccaaa", "abc", "", "aaaaaaaaaaaa", "aabb"]:
    print(repr(s), compress(s), rle(s))

def decode(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

print(decode("3a2b1c12d"))
