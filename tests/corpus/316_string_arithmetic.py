# Corpus: arithmetic on digit strings: add binary, add strings, multiply strings without int().
def add_binary(a, b):
    i, j, carry, out = len(a) - 1, len(b) - 1, 0, []
    while i >= 0 or j >= 0 or carry:
        s = carry + (int(a[i]) if i >= 0 else 0) + (int(b[j]) if j >= 0 else 0)
        out.append(str(s % 2))
        carry = s // 2
        i -= 1
        j -= 1
    return "".join(reversed(out))
def multiply(a, b):
    if a == "0" or b == "0":
        return "0"
    res = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            p = (ord(a[i]) - 48) * (ord(b[j]) - 48) + res[i + j + 1]
            res[i + j + 1] = p % 10
            res[i + j] += p // 10
    return "".join(map(str, res)).lstrip("0")
print(add_binary("11", "1"), add_binary("1010", "1011"), add_binary("0", "0"), bin(0b1010 + 0b1011)[2:])
print(multiply("123", "456"), multiply("999", "999"), multiply("0", "52"), multiply("123456789", "987654321") == str(123456789 * 987654321))
