# Corpus: changing a dict or set while iterating raises RuntimeError; iterate over a copy instead.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        if k == 1:
            d[4] = "d"
except RuntimeError:
    print("RuntimeError: dict changed size during iteration")
print(sorted(d))
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError:
    print("RuntimeError: set changed size during iteration")
d2 = {"x": 1, "y": 2}
for k in d2:
    d2[k] *= 10
print(d2)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
