# Corpus: an event emitter with on/once/off and ordered callbacks, a common design question.
from collections import defaultdict
class Emitter:
    def __init__(self):
        self.handlers = defaultdict(list)
    def on(self, event, fn, once=False):
        self.handlers[event].append((fn, once))
        return lambda: self.off(event, fn)
    def once(self, event, fn):
        return self.on(event, fn, once=True)
    def off(self, event, fn):
        self.handlers[event] = [(f, o) for f, o in self.handlers[event] if f is not fn]
    def emit(self, event, *args):
        results = []
        for fn, once in list(self.handlers[event]):
            results.append(fn(*args))
            if once:
                self.off(event, fn)
        return results
e = Emitter()
log = []
def a(x):
    log.append(f"a{x}")
    return "a"
def b(x):
    log.append(f"b{x}")
    return "b"
unsubscribe_a = e.on("tick", a)
e.once("tick", b)
print(e.emit("tick", 1), e.emit("tick", 2))
unsubscribe_a()
print(e.emit("tick", 3), e.emit("nothing"), log)
