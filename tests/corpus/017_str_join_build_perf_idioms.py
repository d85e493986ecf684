# Corpus: building strings: join versus +=, io.StringIO, and print's sep/end.
import io
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
buf = io.StringIO()
for i in range(3):
    buf.write(f"row{i};")
print(buf.getvalue())
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print(*range(4))
print(*["x", "y"], sep="\n")
s = ""
for c in "abc":
    s += c.upper()
print(s)
out = io.StringIO()
print("to buffer", 42, file=out)
print(repr(out.getvalue()))
print("no newline", end="")
print(" continued")
