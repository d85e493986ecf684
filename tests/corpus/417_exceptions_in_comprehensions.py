# Corpus: exceptions raised inside comprehensions and generators propagate; safe parsing helpers.
raw = ["1", "2", "x", "4"]
try:
    nums = [int(s) for s in raw]
except ValueError as e:
    print("ValueError in comprehension:", e)
def safe(f, default=None):
    def wrapper(x):
        try:
            return f(x)
        except (ValueError, TypeError):
            return default
    return wrapper
print([safe(int)(s) for s in raw], [v for v in map(safe(int), raw) if v is not None])
gen = (10 / int(s) for s in ["5", "0", "2"])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError:
    print("ZeroDivisionError from generator")
print(list(gen))
