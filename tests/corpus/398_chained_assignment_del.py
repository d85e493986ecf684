# Corpus: del semantics: deleting names, list items, dict keys and attributes, and NameError after del.
x = [1, 2, 3, 4, 5]
y = x
del x
try:
    x
except NameError:
    print("NameError after del")
print(y)
del y[1], y[-1]
print(y)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a = b = c = 0
a += 1
print(a, b, c)
i, lst = 0, [10, 20]
i, lst[i] = 1, 99
print(i, lst)
