# Corpus: @contextmanager generators that handle, re-raise or transform exceptions.
from contextlib import contextmanager
@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", type(e).__name__)
@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise
with handled():
    1 / 0
print("continued")
try:
    with transform():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
