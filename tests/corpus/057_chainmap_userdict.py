# Corpus: collections.ChainMap lookups and UserDict/UserList subclasses.
from collections import ChainMap, UserDict, UserList, UserString
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, defaults["color"], cm.maps[0])
child = cm.new_child({"x": 1})
print(child["x"], child["user"], "x" in cm)
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict()
d["HeLLo"] = 1
d.update({"WORLD": 2})
print(d, d.data, "hello" in d)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, s.data, len(s), s[::-1])
print(UserString("abc").upper(), UserString("x") + "y")
