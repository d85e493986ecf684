# Adds the final run even when there was no run at all, so an empty belt prints "0".
s = input().strip()
parts = []
prev, count = "", 0
for ch in s:
    if ch == prev:
        count += 1
    else:
        if count:
            parts.append(prev + str(count))
        prev, count = ch, 1
parts.append(prev + str(count))
print("".join(parts))
