# Mistake: trusts the caller and appends out-of-order timestamps instead of raising ValueError.
from bisect import bisect_right


class ConfigHistory:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        if key not in self.times:
            raise KeyError(key)
        i = bisect_right(self.times[key], timestamp) - 1
        return self.values[key][i] if i >= 0 else None
