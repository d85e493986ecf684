# Corpus: a re-entrant context manager that tracks indentation depth, and nested with statements.
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
        return False
    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
        ind.print("two again")
    ind.print("one again")
print(ind.level)
