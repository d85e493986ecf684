# Classic mistake: bisect_left - 1 finds the last timestamp strictly BEFORE the query,
# so a get at exactly a set's timestamp returns the previous value.
from bisect import bisect_left


class ConfigHistory:
    def __init__(self):
        self.data = {}

    def set(self, key, value, timestamp):
        history = self.data.setdefault(key, [])
        if history and timestamp <= history[-1][0]:
            raise ValueError("timestamps must increase")
        history.append((timestamp, value))

    def get(self, key, timestamp):
        if key not in self.data:
            raise KeyError(key)
        history = self.data[key]
        i = bisect_left([t for t, _ in history], timestamp) - 1
        return history[i][1] if i >= 0 else None
