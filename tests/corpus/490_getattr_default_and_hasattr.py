# Corpus: getattr with defaults, hasattr swallowing only AttributeError, and properties raising errors.
class Lazy:
    @property
    def broken(self):
        raise KeyError("inside property")
    @property
    def missing(self):
        raise AttributeError("really missing")
    value = 5
obj = Lazy()
print(getattr(obj, "value", 0), getattr(obj, "nothing", "default"), getattr(obj, "missing", "fallback"), hasattr(obj, "missing"))
try:
    hasattr(obj, "broken")
except KeyError as e:
    print("KeyError escapes hasattr:", e)
try:
    getattr(obj, "broken", None)
except KeyError:
    print("KeyError escapes getattr with a default")
print([name for name in ("value", "missing", "nope") if hasattr(obj, name)])
