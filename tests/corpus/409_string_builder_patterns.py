# Corpus: building output strings: join over generators, list of parts, and io.StringIO with print(file=).
import io
n = 5
print("\n".join(" ".join(str(i * j) for j in range(1, n + 1)) for i in range(1, n + 1)))
parts = []
for i in range(1, 6):
    parts.append("*" * i)
print("|".join(parts))
buf = io.StringIO()
for i in range(3):
    print(f"line {i}", file=buf)
print(buf.getvalue().splitlines(), buf.tell())
buf.seek(0)
print(buf.readline().strip(), buf.read().count("\n"))
print("".join(reversed("stressed")), "-".join(f"{x:02d}" for x in (7, 4, 2024)))
