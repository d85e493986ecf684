# Corpus: a walrus-driven input() loop that stops at a sentinel line.
input()
total = 0
count = 0
while (line := input().strip()) != "done":
    if not line:
        continue
    total += float(line)
    count += 1
print(count, total, f"{total / count:.3f}")
print(input())
