# A crashing solution of deep-recursion: without a base case the recursion never ends and raises RecursionError.
def depth(n):
    return 1 + depth(n - 1)
