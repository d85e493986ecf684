# Corpus: exception chaining: raise from, implicit __context__, and suppressing with from None.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e

try:
    parse("x")
except TypeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

err = ValueError("base")
err2 = err.with_traceback(None)
print(err is err2, err.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", type(e).__name__)
