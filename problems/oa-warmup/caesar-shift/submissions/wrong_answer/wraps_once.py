# Wraps around only once, so shifts of 26 or more (either way) go wrong.
def shift_char(ch, k):
    for base in ("a", "A"):
        if base <= ch <= chr(ord(base) + 25):
            pos = ord(ch) - ord(base) + k
            if pos >= 26:
                pos -= 26
            elif pos < 0:
                pos += 26
            return chr(pos + ord(base))
    return ch


k = int(input())
print("".join(shift_char(ch, k) for ch in input()))
