# Corpus: class-based decorators, decorating methods, and decorators that take optional arguments.
import functools
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
@CountCalls
def greet(name):
    return f"hi {name}"
print(greet("x"), greet("y"), greet.calls, greet.__name__)
def tag(func=None, *, name="tag"):
    if func is None:
        return lambda f: tag(f, name=name)
    @functools.wraps(func)
    def wrapper(*a):
        return f"[{name}] {func(*a)}"
    return wrapper
@tag
def a():
    return "a"
@tag(name="custom")
def b():
    return "b"
print(a(), b())
def log_method(m):
    @functools.wraps(m)
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{m.__name__}{args}")
        return m(self, *args)
    return wrapper
class Calc:
    @log_method
    def add(self, x, y):
        return x + y
print(Calc().add(2, 3))
