# Checks the operator before the numbers, so a line with both problems gets the wrong message.
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


class CalcError(Exception):
    """A question the bot refuses, with the message to show."""


def parse_int(token):
    try:
        return int(token)
    except ValueError:
        raise CalcError(f"bad number '{token}'") from None


def answer(line):
    tokens = line.split()
    if len(tokens) != 3:
        raise CalcError("expected 'a op b'")
    a_text, op, b_text = tokens
    if op not in OPS:
        raise CalcError(f"unknown operator '{op}'")
    a = parse_int(a_text)
    b = parse_int(b_text)
    if op == "**" and b < 0:
        raise CalcError("negative exponent")
    if op == "**" and b > 100:
        raise CalcError("exponent too large")
    try:
        return OPS[op](a, b)
    except ZeroDivisionError:
        raise CalcError("division by zero") from None


def main():
    n = int(input())
    ok = errors = 0
    out = []
    for _ in range(n):
        line = input()
        try:
            result = answer(line)
        except CalcError as e:
            out.append(f"error: {e}")
            errors += 1
        else:  # runs only when no exception was raised
            out.append(str(result))
            ok += 1
    out.append(f"ok={ok} errors={errors}")
    print("\n".join(out))


main()
