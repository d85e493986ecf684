# Corpus: contextlib.ExitStack callback order (LIFO), pop_all, and suppress within nested managers.
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(res(n))
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2")
    print("body")
with ExitStack() as stack:
    stack.enter_context(res("kept"))
    moved = stack.pop_all()
print("after first with")
moved.close()
with suppress(ZeroDivisionError):
    with res("inner"):
        1 / 0
print("done")
