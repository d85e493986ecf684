from collections import Counter

text = input()
counts = Counter(ch.lower() for ch in text if ch.isascii() and ch.isalpha())
if not counts:
    print("NONE")
for letter, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(letter, count)
