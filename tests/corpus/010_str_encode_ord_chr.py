# Corpus: ord/chr, encode/decode, bytes literals and caesar shifts.
print(ord("a"), ord("A"), ord("€"), chr(97), chr(0x1F600) == "\U0001F600", chr(8364))
def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Zebra", 5), -5))
b = "héllo €".encode("utf-8")
print(b, len(b), b.decode("utf-8"), len("héllo €"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xff".decode("latin-1"))
print("é".encode("ascii", errors="replace"), "é".encode("ascii", errors="ignore"))
print(b"hello".hex(), bytes.fromhex("68656c6c6f"), bytes([65, 66, 67]), bytearray(b"xy") + b"z")
print(list(b"AZ"), b"a,b".split(b","), b"  x ".strip(), b"abc".upper(), b"abc"[1], b"abc"[1:])
print("ab".encode("utf-16-le"), "\u00e9" == "e\u0301", len("e\u0301"))
