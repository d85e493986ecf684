# Brute force: every get walks back through the key's whole history. O(history) per get.
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
        for t, value in reversed(self.data[key]):
            if t <= timestamp:
                return value
        return None
