# Shifts only lower-case letters and copies capitals unchanged.
k = int(input())
out = []
for ch in input():
    if ch.islower() and ch.isascii():
        ch = chr((ord(ch) - 97 + k) % 26 + 97)
    out.append(ch)
print("".join(out))
