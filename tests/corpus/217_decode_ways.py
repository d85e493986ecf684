# Corpus: decode ways DP (A=1 ... Z=26) and counting with constant space.
def decode_ways(s):
    if not s or s[0] == "0":
        return 0
    prev, cur = 1, 1
    for i in range(1, len(s)):
        nxt = 0
        if s[i] != "0":
            nxt += cur
        if 10 <= int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur

for s in ["12", "226", "06", "0", "10", "2101", "11106", "1" * 40, "27", "100"]:
    print(s, decode_ways(s))
