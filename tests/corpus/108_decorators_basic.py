# Corpus: decorators: timing-free call counting, memoising by hand and stacking order.
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper

def bold(f):
    return lambda *a: "<b>" + f(*a) + "</b>"

def italic(f):
    return lambda *a: "<i>" + f(*a) + "</i>"

@count_calls
def hello(name):
    return f"hello {name}"

@bold
@italic
def title(s):
    return s.title()

print(hello("a"), hello("b"), hello.calls)
print(title("the end"))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
