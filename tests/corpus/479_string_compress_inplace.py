# Corpus: in-place string compression on a list of characters, returning the new length.
def compress(chars):
    write = read = 0
    while read < len(chars):
        ch, start = chars[read], read
        while read < len(chars) and chars[read] == ch:
            read += 1
        chars[write] = ch
        write += 1
        if read - start > 1:
            for d in str(read - start):
                chars[write] = d
                write += 1
    return write
for s in ["aabbccc", "a", "abbbbbbbbbbbb", "aaabbaa"]:
    chars = list(s)
    n = compress(chars)
    print(s, n, "".join(chars[:n]))
