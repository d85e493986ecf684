# Corpus: a regex tokenizer with named groups and lastgroup, the re-module "scanner" idiom.
import re
TOKENS = [("NUMBER", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/=()]"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKENS))
def tokenize(code):
    out = []
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        out.append((kind, m.group()))
    return out
print(tokenize("total = price * 1.5 + (tax - 2)"))
try:
    tokenize("a = 3 $ 4")
except SyntaxError as e:
    print("SyntaxError:", e)
