# Corpus: re.sub with a callable using named groups, counting replacements, and case-preserving replace.
import re
text = "Prices: apple $1.50, pear $0.75, melon $3.00"
def raise_price(m):
    return f"${float(m.group('amount')) * 1.1:.2f}"
print(re.sub(r"\$(?P<amount>\d+\.\d{2})", raise_price, text))
new, n = re.subn(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big wide world")
print(new, n)
def replace_keep_case(word, repl, text):
    def fix(m):
        w = m.group()
        if w.isupper():
            return repl.upper()
        if w[0].isupper():
            return repl.capitalize()
        return repl
    return re.sub(word, fix, text, flags=re.I)
print(replace_keep_case("cat", "dog", "Cat cat CAT concatenate"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
