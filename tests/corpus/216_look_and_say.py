# Corpus: count-and-say with itertools.groupby and with a regex.
from itertools import groupby
import re
def say(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def say_re(s):
    return re.sub(r"(.)\1*", lambda m: f"{len(m.group(0))}{m.group(1)}", s)
term = "1"
for _ in range(10):
    print(term)
    assert say(term) == say_re(term)
    term = say(term)
print(len(term))
