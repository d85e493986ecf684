"""Random expressions: python3 gen_exprs.py SEED COUNT MODE > data/secret/<group>/NN.in

MODE "safe": no division has a negative operand with a remainder and every value stays below
2^50 (so // and int(a / b) would still be right); MODE "negdiv": at least one division of a
negative value leaves a remainder. Expressions are checked with an independent
recursive-descent evaluator; those dividing by zero are dropped.
"""
import random
import sys

seed, count, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def gen(depth):
    if depth == 0 or rng.random() < 0.25:
        if depth > 0 and rng.random() < 0.3:
            inner = gen(depth - 1)
            return "(-(" + inner + "))" if rng.random() < 0.3 else "(" + inner + ")"
        return str(rng.randint(0, 999) if rng.random() < 0.9 else rng.randint(0, 9))
    text = gen(depth - 1)
    for _ in range(rng.randint(1, 3)):
        sp = rng.choice(["", " ", " ", "  "])
        text += sp + rng.choice("+-*/") + sp + gen(depth - 1)
    if rng.random() < 0.15:
        text = "(-" + text + ")"
    return text


class Evaluator:
    """expr := ['-'] term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
    factor := number | '(' expr ')'. A unary minus negates the first factor."""

    def __init__(self, text):
        self.s = text.replace(" ", "")
        self.i = 0
        self.negdiv = False
        self.big = False

    def check(self, v):
        if abs(v) >= 2**50:
            self.big = True
        return v

    def expr(self):
        neg = False
        if self.s[self.i] == "-":
            neg = True
            self.i += 1
        v = self.term(neg)
        while self.i < len(self.s) and self.s[self.i] in "+-":
            op = self.s[self.i]
            self.i += 1
            w = self.term()
            v = self.check(v + w if op == "+" else v - w)
        return v

    def term(self, neg=False):
        v = self.factor()
        if neg:
            v = -v
        while self.i < len(self.s) and self.s[self.i] in "*/":
            op = self.s[self.i]
            self.i += 1
            w = self.factor()
            if op == "*":
                v = self.check(v * w)
            else:
                if w == 0:
                    raise ZeroDivisionError
                if (v < 0) != (w < 0) and v % w != 0:
                    self.negdiv = True
                q = abs(v) // abs(w)
                v = q if (v >= 0) == (w > 0) else -q
        return v

    def factor(self):
        if self.s[self.i] == "(":
            self.i += 1
            v = self.expr()
            assert self.s[self.i] == ")"
            self.i += 1
            return v
        j = self.i
        while j < len(self.s) and self.s[j].isdigit():
            j += 1
        v = int(self.s[self.i:j])
        self.i = j
        return v


def evaluate(text):
    ev = Evaluator(text)
    value = ev.expr()
    assert ev.i == len(ev.s)
    return value, ev


if __name__ == "__main__":
    out = []
    while len(out) < count:
        text = gen(rng.randint(2, 4))
        if rng.random() < 0.2:
            text = "-" + text
        if len(text) > 1000:
            continue
        try:
            value, ev = evaluate(text)
        except ZeroDivisionError:
            continue
        if ev.big or (mode == "safe") == ev.negdiv:
            continue
        out.append(text)
    print(len(out))
    print("\n".join(out))
