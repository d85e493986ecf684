# Corpus: simplifying Unix-style paths with a stack and comparing with posixpath.normpath.
import posixpath
def simplify(path):
    stack = []
    for part in path.split("/"):
        if part == "..":
            if stack:
                stack.pop()
        elif part and part != ".":
            stack.append(part)
    return "/" + "/".join(stack)
for p in ["/home/", "/../", "/home//foo/", "/a/./b/../../c/", "/a/../../b/../c//.//", "/...", "/"]:
    print(p, simplify(p), posixpath.normpath(p))
