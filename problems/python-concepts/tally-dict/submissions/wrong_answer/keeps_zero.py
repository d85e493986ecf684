# Never removes an item, so counts of 0 or below stay in the dict.
class Tally(dict):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.add(item)

    def __missing__(self, key):
        return 0

    def add(self, item, n=1):
        self[item] = self[item] + n
        return max(self[item], 0)

    def total(self):
        return sum(self.values())

    def most_common(self, k):
        return sorted(self.items(), key=lambda pair: (-pair[1], pair[0]))[:k]

    def __repr__(self):
        body = ", ".join(f"{item!r}: {count}" for item, count in self.most_common(len(self)))
        return f"Tally({{{body}}})"
