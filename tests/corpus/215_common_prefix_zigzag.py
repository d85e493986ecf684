# Corpus: longest common prefix (three ways) and the zigzag conversion.
import os
def lcp(strs):
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix

def lcp_zip(strs):
    out = []
    for chars in zip(*strs):
        if len(set(chars)) != 1:
            break
        out.append(chars[0])
    return "".join(out)

def zigzag(s, rows):
    if rows == 1:
        return s
    lines = [""] * rows
    i, step = 0, 1
    for ch in s:
        lines[i] += ch
        if i == 0:
            step = 1
        elif i == rows - 1:
            step = -1
        i += step
    return "".join(lines)

for group in [["flower", "flow", "flight"], ["dog", "racecar", "car"], ["a"], [], ["same", "same"]]:
    print(repr(lcp(group)), repr(lcp_zip(group)), repr(os.path.commonprefix(group)))
print(zigzag("PAYPALISHIRING", 3), zigzag("PAYPALISHIRING", 4), zigzag("AB", 1))
