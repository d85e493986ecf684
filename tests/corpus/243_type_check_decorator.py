# Corpus: a decorator that checks argument types against annotations with inspect.signature.
import inspect
import functools

def typechecked(f):
    sig = inspect.signature(f)
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return f(*args, **kwargs)
    return wrapper

@typechecked
def repeat(word: str, times: int = 2) -> str:
    return word * times

print(repeat("ab"), repeat("x", times=3), repeat.__name__)
for bad in [lambda: repeat(3), lambda: repeat("a", "b"), lambda: repeat("a", 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
