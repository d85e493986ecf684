# Brute force: every get walks back through the key's history. O(history) per get.
class ConfigHistory:
    def __init__(self):
        self.version = 0
        self.history = {}

    def set(self, key, value):
        self.version += 1
        self.history.setdefault(key, []).append((self.version, value))
        return self.version

    def get(self, key, version):
        if version > self.version:
            raise ValueError("future version")
        if key not in self.history:
            raise KeyError(key)
        for v, value in reversed(self.history[key]):
            if v <= version:
                return value
        return None
