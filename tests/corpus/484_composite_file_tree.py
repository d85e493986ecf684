# Corpus: the composite pattern: a file-system tree with sizes, recursive totals and an indented listing.
class File:
    def __init__(self, name, size):
        self.name, self.size = name, size
    def total(self):
        return self.size
    def lines(self, depth=0):
        return [f"{'  ' * depth}{self.name} ({self.size})"]
class Dir:
    def __init__(self, name, *children):
        self.name, self.children = name, list(children)
    def total(self):
        return sum(c.total() for c in self.children)
    def lines(self, depth=0):
        out = [f"{'  ' * depth}{self.name}/ [{self.total()}]"]
        for c in sorted(self.children, key=lambda c: (isinstance(c, File), c.name)):
            out += c.lines(depth + 1)
        return out
root = Dir("root", File("a.txt", 120), Dir("src", File("main.py", 900), File("util.py", 300), Dir("empty")), File("b.bin", 4096))
print("\n".join(root.lines()))
def find_big(node, limit, path=""):
    here = f"{path}/{node.name}"
    if isinstance(node, File):
        return [here] if node.size > limit else []
    return [p for c in node.children for p in find_big(c, limit, here)]
print(find_big(root, 500))
