# The reference solution of deep-recursion: one call per level, 900 frames deep on the hidden test.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
