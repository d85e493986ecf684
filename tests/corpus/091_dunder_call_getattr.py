# Corpus: __call__, __getattr__ fallbacks, __getattribute__ and __setattr__ hooks.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), callable(double), list(map(Multiplier(3), [1, 2])))
class Config:
    def __init__(self, **kw):
        self._data = kw
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._data.get(name, f"<no {name}>")
c = Config(host="localhost", port=8080)
print(c.host, c.port, c.missing, getattr(c, "other"), hasattr(c, "_hidden"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, vars(r))
class Loud:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    secret = "real"
    other = "plain"
print(Loud().secret, Loud().other)
