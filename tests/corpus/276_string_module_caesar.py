# Corpus: string constants with str.maketrans for Caesar and Atbash ciphers, and a Vigenère cipher.
import string
def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[i % len(key)].lower()) - 97
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn!"
print(caesar(msg, 3), caesar(caesar(msg, 3), 23), "wizard".translate(atbash))
enc = vigenere(msg, "lemon")
print(enc, vigenere(enc, "lemon", -1))
print(string.ascii_letters.index("Z"), set(string.hexdigits) >= set("deadBEEF"))
