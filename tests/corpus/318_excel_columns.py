# Corpus: Excel column titles to numbers and back (bijective base 26).
def title_to_number(t):
    n = 0
    for ch in t:
        n = n * 26 + ord(ch) - 64
    return n
def number_to_title(n):
    out = []
    while n:
        n, r = divmod(n - 1, 26)
        out.append(chr(65 + r))
    return "".join(reversed(out))
for t in ["A", "Z", "AA", "AZ", "BA", "ZY", "FXSHRXW"]:
    print(t, title_to_number(t), number_to_title(title_to_number(t)))
print([number_to_title(n) for n in (1, 26, 27, 52, 53, 702, 703, 16384)])
