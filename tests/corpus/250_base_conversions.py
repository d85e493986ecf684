# Corpus: number bases with int(s, base), format specs and a custom base-62 encoder (URL shortener).
import string
ALPHABET = string.digits + string.ascii_lowercase + string.ascii_uppercase
def encode(n):
    if n == 0:
        return ALPHABET[0]
    s = []
    while n:
        n, r = divmod(n, 62)
        s.append(ALPHABET[r])
    return "".join(reversed(s))
def decode(s):
    n = 0
    for ch in s:
        n = n * 62 + ALPHABET.index(ch)
    return n
for n in [0, 61, 62, 12345, 10 ** 12, 2 ** 64]:
    print(n, encode(n), decode(encode(n)) == n)
print(int("zz", 36), int("-0o17", 0), int("0b_1010", 0), format(255, "o"), format(-255, "#x"), int("  0x_ff ", 16))
print([format(i, "03b") for i in range(8)])
