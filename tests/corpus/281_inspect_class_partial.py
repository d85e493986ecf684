# Corpus: inspect.signature of classes, bound methods, functools.partial and lambdas with defaults.
import inspect
from functools import partial
class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
print(inspect.signature(Point), inspect.signature(Point(1).move), inspect.signature(Point.move))
def volume(l, w, h=1):
    return l * w * h
print(inspect.signature(partial(volume, 2)), inspect.signature(partial(volume, h=5)), partial(volume, 2, 3)())
print(inspect.signature(lambda a, *b, c=3, **d: 0), [p.kind.name for p in inspect.signature(volume).parameters.values()])
print(inspect.getmodule(volume).__name__, inspect.isroutine(volume), inspect.ismethod(Point(1).move), inspect.getattr_static(Point, "move").__name__)
