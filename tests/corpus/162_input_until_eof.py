# Corpus: reading input() until EOFError, the way many OA answers consume unknown-length input.
lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if line.startswith("#"):
        continue
    lines.append(line)
print(len(lines))
for line in lines:
    words = line.split()
    print(len(words), line.upper() if words else "<blank>")
