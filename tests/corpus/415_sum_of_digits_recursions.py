# Corpus: small recursive utilities: digital root, digit sum, power set count, binary strings without consecutive ones.
def digital_root(n):
    return n if n < 10 else digital_root(sum(map(int, str(n))))
def digit_sum(n):
    return 0 if n == 0 else n % 10 + digit_sum(n // 10)
def no_consecutive_ones(n, prev="0"):
    if n == 0:
        return [""]
    out = ["0" + s for s in no_consecutive_ones(n - 1, "0")]
    if prev != "1":
        out += ["1" + s for s in no_consecutive_ones(n - 1, "1")]
    return out
print([digital_root(n) for n in (0, 16, 942, 132189, 493193)], [digit_sum(n) for n in (0, 123, 99999, 10 ** 50 - 1)])
print(no_consecutive_ones(3), [len(no_consecutive_ones(k)) for k in range(1, 12)])
