# Corpus: palindrome partitioning (all partitions) and restoring IP addresses, two backtracking classics.
def partitions(s):
    out = []
    def go(start, path):
        if start == len(s):
            out.append(path[:]); return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                path.append(piece); go(end, path); path.pop()
    go(0, [])
    return out
def restore_ips(s):
    out = []
    def go(start, parts):
        if len(parts) == 4:
            if start == len(s):
                out.append(".".join(parts))
            return
        for length in (1, 2, 3):
            piece = s[start:start + length]
            if len(piece) == length and (piece == "0" or not piece.startswith("0")) and int(piece) <= 255:
                go(start + length, parts + [piece])
    go(0, [])
    return out
print(partitions("aab"), len(partitions("aaaa")), restore_ips("25525511135"), restore_ips("0000"), restore_ips("101023"))
