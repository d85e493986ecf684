# Corpus: aliasing and the mutable default argument trap.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == a[:], a is a[:])
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_safe(1), append_safe(2))
def modify(lst):
    lst += [99]
    lst = [0]
    return lst
orig = [1]
print(modify(orig), orig)
x = [1, 2, 3, 4, 5, 6]
for v in x[:]:
    if v % 2 == 0:
        x.remove(v)
print(x)
y = [1, 2, 3, 4, 5, 6]
y = [v for v in y if v % 2]
print(y, [[]] * 2, len([[]] * 2))
