# Corpus: the famous t[0] += [x] gotcha: the list is extended and then the tuple assignment fails.
t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError:
    print("TypeError: 'tuple' object does not support item assignment")
print(t)
t[0].extend([4])
print(t)
a = b = []
a.append(1)
print(a, b, a is b)
x = y = 5
x += 1
print(x, y)
s = "ab"
s2 = s
s += "c"
print(s, s2)
l1 = [1]
l2 = l1
l1 = l1 + [2]
print(l1, l2)
l3 = [1]
l4 = l3
l3 += [2]
print(l3, l4)
