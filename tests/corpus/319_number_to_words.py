# Corpus: converting integers to English words (the classic 0 to 2**31-1 version).
ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()
def below_thousand(n):
    words = []
    if n >= 100:
        words += [ONES[n // 100], "Hundred"]
        n %= 100
    if n >= 20:
        words.append(TENS[n // 10])
        n %= 10
    if n:
        words.append(ONES[n])
    return words
def to_words(n):
    if n == 0:
        return "Zero"
    words = []
    for value, name in [(10 ** 9, "Billion"), (10 ** 6, "Million"), (1000, "Thousand"), (1, "")]:
        if n >= value:
            words += below_thousand(n // value) + ([name] if name else [])
            n %= value
    return " ".join(words)
for n in [0, 5, 13, 20, 45, 100, 123, 1000, 12345, 1234567, 1000010, 2 ** 31 - 1]:
    print(n, to_words(n))
