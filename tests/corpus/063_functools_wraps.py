# Corpus: functools.wraps keeps the wrapped function's name and docstring.
from functools import wraps

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}{kwargs if kwargs else ''}")
        return func(*args, **kwargs)
    return wrapper

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    """Adds two numbers."""
    return a + b

@plain
def sub(a, b):
    """Subtracts."""
    return a - b

print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(sub(5, 1), sub.__name__, sub.__doc__)
print(add.__qualname__, sub.__qualname__)
