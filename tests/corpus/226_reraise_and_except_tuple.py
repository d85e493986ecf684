# Corpus: bare raise re-raising, except with a tuple of types, raising in __init__, and exception args.
def risky(kind):
    if kind == "key":
        raise KeyError(kind)
    if kind == "index":
        raise IndexError(kind)
    if kind == "type":
        raise TypeError(kind)
    return "fine"

for kind in ["key", "index", "type", "none"]:
    try:
        try:
            print(risky(kind))
        except (KeyError, IndexError) as e:
            print("lookup problem:", type(e).__name__, e.args)
            raise
    except LookupError as outer:
        print("re-raised to outer:", type(outer).__name__)
    except TypeError as t:
        print("type problem:", t)

class Strict:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative")
        self.value = value

objs = []
for v in [1, -1, 2]:
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("skipped", v, e)
print([o.value for o in objs])
