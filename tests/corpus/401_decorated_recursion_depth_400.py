# Corpus: recursion to depth 400 through a call-counting decorator's *args/**kwargs wrapper.
import functools

def count_calls(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(400), depth.calls)
