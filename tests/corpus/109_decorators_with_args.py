# Corpus: decorators with arguments: repeat and retry (with an exception filter), keeping names via wraps.
import functools
def repeat(times):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
def retry(attempts, exceptions=(Exception,)):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args):
            for i in range(1, attempts + 1):
                try:
                    return f(*args)
                except exceptions as e:
                    print(f"attempt {i} failed: {e}")
            raise RuntimeError("gave up")
        return wrapper
    return deco
@repeat(3)
def ping():
    return "pong"
state = {"n": 0}
@retry(3, (ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(ping(), ping.__name__, flaky(), flaky.__wrapped__.__name__)
