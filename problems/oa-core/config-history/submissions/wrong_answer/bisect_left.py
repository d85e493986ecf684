# Classic mistake: bisect_left - 1 finds the last version strictly BEFORE the one asked for,
# so a get at exactly the version of a set returns the previous value.
from bisect import bisect_left


class ConfigHistory:
    def __init__(self):
        self.version = 0
        self.history = {}  # key -> ([versions], [values])

    def set(self, key, value):
        self.version += 1
        versions, values = self.history.setdefault(key, ([], []))
        versions.append(self.version)
        values.append(value)
        return self.version

    def get(self, key, version):
        if version > self.version:
            raise ValueError("future version")
        if key not in self.history:
            raise KeyError(key)
        versions, values = self.history[key]
        i = bisect_left(versions, version) - 1
        return values[i] if i >= 0 else None
