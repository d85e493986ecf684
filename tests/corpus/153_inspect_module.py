# Corpus: inspect: signature, parameters and defaults, isfunction/isclass/ismethod, getmembers.
import inspect

def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Docstring here.

    More text."""
    return ""

class K:
    attr = 1
    def method(self):
        pass
    @staticmethod
    def smeth():
        pass
    @classmethod
    def cmeth(cls):
        pass

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, inspect.getdoc(f), inspect.signature(K.method), inspect.signature(lambda x, y=1: 0))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K().method), inspect.isfunction(K.method), inspect.isbuiltin(len))
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], [n for n, v in inspect.getmembers(K) if not n.startswith("_")])
print(sig.bind(1, c=3).arguments, inspect.getfullargspec(f).args, inspect.unwrap(f) is f)
print(inspect.isabstract(K), inspect.iscoroutinefunction(f), inspect.getmro(K)[0].__name__)
