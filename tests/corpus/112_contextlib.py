# Corpus: contextlib: contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext.
import contextlib, io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as up:
    with tag("p"):
        print("text", up)
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("got:", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "ab"]
    stack.callback(print, "callback ran")
    print(names)
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError", e)
