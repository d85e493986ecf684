# Corpus: implementing atoi with clamping, and validating numbers with a small state machine.
def atoi(s):
    s = s.lstrip()
    if not s:
        return 0
    sign = -1 if s[0] == "-" else 1
    if s[0] in "+-":
        s = s[1:]
    n = 0
    for ch in s:
        if not ch.isdigit():
            break
        n = n * 10 + int(ch)
    return max(-2 ** 31, min(sign * n, 2 ** 31 - 1))

def is_number(s):
    try:
        float(s)
        return s.strip().lower() not in ("inf", "+inf", "-inf", "nan", "infinity", "+nan", "-nan", "-infinity", "+infinity")
    except ValueError:
        return False

print([atoi(s) for s in ["42", "   -42", "4193 with words", "words 987", "-91283472332", "+1", "", "+-2", "00000-42a1234"]])
print([is_number(s) for s in ["2", "0089", "-0.1", "+3.14", "4.", "-.9", "2e10", "-90E3", "3e+7", "abc", "1a", "1e", "e3", "--6", "95a54e53", "inf"]])
