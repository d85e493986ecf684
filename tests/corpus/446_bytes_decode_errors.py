# Corpus: decoding invalid bytes with error handlers, and encoding with replacement schemes.
bad = b"caf\xe9 \xff ok"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    s = bad.decode("utf-8", errors=errors)
    print(errors, repr(s), len(s))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
print("naïve €".encode("ascii", "xmlcharrefreplace"), "naïve €".encode("ascii", "backslashreplace"), "x€".encode("latin-1", "replace"))
print(bad.decode("latin-1"), "ÿ".encode("cp1252"), b"\xe2\x82\xac".decode(), len("€".encode("utf-16")))
