# Sorts by count alone: ties keep insertion order instead of alphabetical order.
class Tally(dict):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.add(item)

    def __missing__(self, key):
        return 0

    def add(self, item, n=1):
        count = self[item] + n
        if count > 0:
            self[item] = count
            return count
        self.pop(item, None)
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, k):
        return sorted(self.items(), key=lambda pair: pair[1], reverse=True)[:k]

    def __repr__(self):
        body = ", ".join(f"{item!r}: {count}" for item, count in self.most_common(len(self)))
        return f"Tally({{{body}}})"
