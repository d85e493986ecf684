# Sorts by (count, letter) with reverse=True: ties come out in REVERSE alphabetical order.
text = input().lower()
counts = {}
for ch in text:
    if "a" <= ch <= "z":
        counts[ch] = counts.get(ch, 0) + 1
if not counts:
    print("NONE")
for letter, count in sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True):
    print(letter, count)
