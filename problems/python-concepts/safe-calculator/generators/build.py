"""Writes data/ for safe-calculator: python3 generators/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402


def q(*lines):
    return f"{len(lines)}\n" + "".join(line + "\n" for line in lines)


t = Tests(__file__)
t.sample(q("12 + 30", "1200 // 7", "17 % 5", "2 ** 10"))
t.sample(q("10 / 2", "ten + 1", "3 +", "-4 * 4"))

t.secret("basic", q("0 + 0", "999999999999999999 * 999999999999999999", "5 - 12", "3 ** 0", "0 ** 0",
                    "100 // 10", "17 % 5", "2 ** 100", "-2 ** 3"))
rng = random.Random(21)
lines = []
for _ in range(2000):
    op = rng.choice(["+", "-", "*", "//", "%", "**"])
    a = rng.randint(0, 10**6)
    b = rng.randint(1, 30) if op == "**" else rng.randint(1, 10**6)
    lines.append(f"{a} {op} {b}")
t.secret("basic", q(*lines))

H_E = "No questions at all: there are no answers, but the summary line is still printed."
t.secret("empty", q(), hint=H_E)
t.secret("empty", "1\n\n", hint=H_E)

H_N = "Python's // rounds down (towards minus infinity), and % takes the sign of the divisor. Try -7 // 2 and 7 % -3 in Python."
t.secret("negatives", q("-7 // 2", "7 // -2", "-7 % 2", "7 % -3", "-9 // -4", "-9 % -4", "-1 // 1000000"), hint=H_N)
t.secret("negatives", q("-999999999999999999 // 7", "-100 % 7", "-8 // 2", "-8 % 2"), hint=H_N)

H_M = "A question that fails during the arithmetic is an error, not an answer. Does your ok count go up only when a result is printed? (try/except/else helps.)"
t.secret("math-errors", q("5 // 0", "-5 % 0", "0 // 0", "2 ** -1", "2 ** 101", "2 ** 100", "1 + 1"), hint=H_M)
t.secret("math-errors", q("0 % 0", "10 ** -100", "7 * 0"), hint=H_M)

H_B = "Check every way a line can be malformed: too few or too many tokens, a token that is not an integer, an operator that is not in the list."
t.secret("bad-input", q("1 +", "1 + 2 + 3", "", "   ", "5.0 * 2", "2 * 0x10", "one - 1", "3 / 4", "3 ^ 4",
                        "3 plus 4", "3 +* 4"), hint=H_B)
t.secret("bad-input", q("  12   +    3  ", "\t4 * 5", "1 ++ 2", "1 // 2 //"), hint=H_B)

H_O = "When a line has several problems, report the first one in the order the statement lists: token count, then a, then b, then the operator."
t.secret("mixed-errors", q("x / y", "1 / y", "x ^ 2", "7 ?? 0", "a b c"), hint=H_O)

H_I = "Which strings does int() accept? Try int('+5'), int('007') and int('1_000'). Let int() decide, and catch its ValueError."
t.secret("int-format", q("+5 + 1", "007 * 3", "1_000 + 1", "-0 - 0", "5_ + 1", "+-5 + 1"), hint=H_I)
t.write()
