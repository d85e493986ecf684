# Mistake: answers questions about versions that do not exist yet instead of raising ValueError.
from bisect import bisect_right


class ConfigHistory:
    def __init__(self):
        self.version = 0
        self.versions = {}
        self.values = {}

    def set(self, key, value):
        self.version += 1
        self.versions.setdefault(key, []).append(self.version)
        self.values.setdefault(key, []).append(value)
        return self.version

    def get(self, key, version):
        if key not in self.versions:
            raise KeyError(key)
        i = bisect_right(self.versions[key], version) - 1
        return self.values[key][i] if i >= 0 else None
