# Corpus: building a binary tree from preorder and inorder traversals and checking postorder.
def build(pre, ino):
    index = {v: i for i, v in enumerate(ino)}
    it = iter(pre)
    def go(lo, hi):
        if lo > hi:
            return None
        v = next(it)
        i = index[v]
        left = go(lo, i - 1)
        right = go(i + 1, hi)
        return (v, left, right)
    return go(0, len(ino) - 1)
def post(t):
    return post(t[1]) + post(t[2]) + [t[0]] if t else []
t = build([3, 9, 20, 15, 7], [9, 3, 15, 20, 7])
print(t, post(t), build([], []), post(build([1, 2], [2, 1])))
