# Corpus: traceback.format_exception on chained exceptions: the cause banner and the final line.
import traceback
def low():
    raise KeyError("id")
def high():
    try:
        low()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
try:
    high()
except RuntimeError as err:
    lines = traceback.format_exception(type(err), err, err.__traceback__)
    text = "".join(lines)
    print("direct cause" in text, text.count("Traceback (most recent call last):"))
    print(text.strip().splitlines()[-1])
    print([l for l in text.splitlines() if not l.startswith(" ")])
try:
    try:
        low()
    except KeyError:
        [].pop()
except IndexError as err:
    text = "".join(traceback.format_exception(err))
    print("During handling of the above exception" in text, text.strip().splitlines()[-1])
