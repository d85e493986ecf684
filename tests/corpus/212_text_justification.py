# Corpus: full text justification (greedy line filling with evenly distributed spaces).
def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if cur and length + len(cur) + len(w) > width:
            gaps = len(cur) - 1
            spaces = width - length
            if gaps == 0:
                lines.append(cur[0] + " " * spaces)
            else:
                q, r = divmod(spaces, gaps)
                lines.append("".join(word + " " * (q + (i < r)) for i, word in enumerate(cur[:-1])) + cur[-1])
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    lines.append(" ".join(cur).ljust(width))
    return lines

for line in justify("This is an example of text justification.".split(), 16):
    print(f"[{line}]")
for line in justify("What must be acknowledgment shall be".split(), 16):
    print(f"[{line}]")
