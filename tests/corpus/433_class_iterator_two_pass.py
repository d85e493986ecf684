# Corpus: iterable versus iterator classes: a container that can be iterated twice and nested loops over it.
class Team:
    def __init__(self, *names):
        self.names = list(names)
    def __iter__(self):
        return TeamIterator(self.names)
class TeamIterator:
    def __init__(self, names):
        self.names, self.i = names, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.names):
            raise StopIteration
        self.i += 1
        return self.names[self.i - 1]
t = Team("ann", "bob", "cy")
print([(a, b) for a in t for b in t if a < b])
print(list(t), list(t), "bob" in t, sorted(t, reverse=True))
it = iter(t)
print(next(it), list(it), list(it))
