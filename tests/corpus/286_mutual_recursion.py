# Corpus: mutual recursion (is_even/is_odd to depth 400) and a recursive descent expression parser.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(400), is_odd(399), is_even(7))
def parse(s):
    tokens = s.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0
    def expr():
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]; pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        nonlocal pos
        v = factor()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]; pos += 1
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        nonlocal pos
        tok = tokens[pos]; pos += 1
        if tok == "(":
            v = expr(); pos += 1
            return v
        if tok == "-":
            return -factor()
        return float(tok)
    return expr()
print(parse("2 + 3 * 4"), parse("(2 + 3) * 4"), parse("10 / 4 - - 1"), parse("((((1))))"))
