# Counts a line as answered before the arithmetic runs: math errors are counted twice.
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
    a = parse_int(a_text)
    b = parse_int(b_text)
    if op not in OPS:
        raise CalcError(f"unknown operator '{op}'")
    if op == "**" and b < 0:
        raise CalcError("negative exponent")
    if op == "**" and b > 100:
        raise CalcError("exponent too large")
    try:
        return OPS[op](a, b)
    except ZeroDivisionError:
        raise CalcError("division by zero") from None


def answer_error(line):
    try:
        answer(line)
    except CalcError as e:
        return str(e)


def main():
    n = int(input())
    ok = errors = 0
    out = []
    for _ in range(n):
        line = input()
        try:
            tokens = line.split()
            if len(tokens) == 3 and tokens[1] in OPS:
                int(tokens[0]), int(tokens[2])
                ok += 1
            result = answer(line)
            out.append(str(result))
        except (CalcError, ValueError) as e:
            out.append(f"error: {answer_error(line)}")
            errors += 1
    out.append(f"ok={ok} errors={errors}")
    print("\n".join(out))


main()
