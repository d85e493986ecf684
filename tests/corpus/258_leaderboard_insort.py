# Corpus: a leaderboard kept sorted with bisect.insort, rank queries and top-k.
import bisect
class Leaderboard:
    def __init__(self):
        self.scores = {}
        self.sorted = []
    def add(self, player, delta):
        old = self.scores.get(player, 0)
        if player in self.scores:
            self.sorted.pop(bisect.bisect_left(self.sorted, old))
        self.scores[player] = old + delta
        bisect.insort(self.sorted, old + delta)
    def top(self, k):
        return sum(self.sorted[-k:])
    def rank(self, player):
        return len(self.sorted) - bisect.bisect_right(self.sorted, self.scores[player]) + 1
    def reset(self, player):
        self.sorted.pop(bisect.bisect_left(self.sorted, self.scores.pop(player)))

lb = Leaderboard()
for p, s in [(1, 73), (2, 56), (3, 39), (4, 51), (5, 4)]:
    lb.add(p, s)
print(lb.top(1), lb.top(3), lb.rank(4), lb.sorted)
lb.reset(1); lb.reset(2); lb.add(2, 51)
print(lb.top(3), lb.sorted, lb.rank(2), lb.rank(4))
