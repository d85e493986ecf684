# Corpus: slicing rules: negative steps, out-of-range bounds, slice objects and rotation.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::-3])
s = slice(1, 8, 2)
print(a[s], s.indices(5), slice(None, None, -1).indices(4))
def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate(a, 3), rotate(a, -2), rotate([], 5), rotate([1], 7))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m], [list(r) for r in zip(*m)], [list(r) for r in zip(*m[::-1])])
print(m[1][1:], [row[0] for row in m])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], "abcdef"[1::2], range(10)[2:8:3], list(range(10)[::-2]))
