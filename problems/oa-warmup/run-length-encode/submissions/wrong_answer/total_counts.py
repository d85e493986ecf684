# Counts every letter in total instead of consecutive runs: 'aabaa' gives a4b1.
s = input().strip()
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print("".join(f"{ch}{n}" for ch, n in counts.items()))
