# Corpus: ExceptionGroup and except* (Python 3.11), and add_note.
def run():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
match, rest = eg.split(KeyError)
print(repr(match.exceptions[0]), len(rest.exceptions), type(rest.exceptions[0]).__name__)
print(eg.subgroup(lambda e: isinstance(e, OSError)).exceptions[0].exceptions)
try:
    raise ValueError("with a note")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
