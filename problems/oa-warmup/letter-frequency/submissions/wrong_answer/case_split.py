# Forgets to lower-case, so 'A' and 'a' are counted as different keys.
text = input()
counts = {}
for ch in text:
    if ch.isascii() and ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
if not counts:
    print("NONE")
for letter, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(letter.lower(), count)
