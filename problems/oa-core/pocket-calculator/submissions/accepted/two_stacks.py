import sys

PRIORITY = {"+": 1, "-": 1, "*": 2, "/": 2, "u": 3}  # "u": unary minus, binds tightest


def divide(a, b):
    """Integer division that truncates toward zero (Python's // rounds toward minus infinity)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def apply(values, op):
    b = values.pop()
    a = values.pop()
    if op == "+":
        values.append(a + b)
    elif op in ("-", "u"):  # "u" is a unary minus, pushed as 0 - x
        values.append(a - b)
    elif op == "*":
        values.append(a * b)
    else:
        values.append(divide(a, b))


def evaluate(expr):
    values, ops = [], []
    expect_operand = True  # True at the start and after "(" or an operator
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch == " ":
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            values.append(int(expr[i:j]))
            i = j
            expect_operand = False
            continue
        if ch == "(":
            ops.append(ch)
            expect_operand = True
        elif ch == ")":
            while ops[-1] != "(":
                apply(values, ops.pop())
            ops.pop()
            expect_operand = False
        elif ch == "-" and expect_operand:
            values.append(0)  # unary minus: -x is computed as 0 - x
            ops.append("u")
        else:
            while ops and ops[-1] != "(" and PRIORITY[ops[-1]] >= PRIORITY[ch]:
                apply(values, ops.pop())
            ops.append(ch)
            expect_operand = True
        i += 1
    while ops:
        apply(values, ops.pop())
    return values[0]


def main():
    lines = sys.stdin.read().split("\n")
    q = int(lines[0])
    print("\n".join(str(evaluate(line)) for line in lines[1:1 + q]))


main()
