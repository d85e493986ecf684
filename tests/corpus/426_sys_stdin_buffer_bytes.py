# Corpus: reading raw bytes from sys.stdin.buffer line by line and decoding them explicitly.
import sys
buf = sys.stdin.buffer
header = buf.readline()
print(type(header).__name__, header.startswith(b"#"))
n = int(buf.readline())
rows = [buf.readline().rstrip(b"\n") for _ in range(n)]
print(rows)
print([r.decode("utf-8") for r in rows], [len(r) for r in rows])
print(buf.read())
