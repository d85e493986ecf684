# Corpus: __init_subclass__ plugin registries, class decorators and __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[key or cls.__name__.lower()] = cls

class Csv(Plugin, key="csv"):
    pass

class Json(Plugin):
    pass

print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Pt(1, "b"))

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int], list[int], dict[str, list[int]])
