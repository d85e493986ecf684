from bisect import bisect_right


class ConfigHistory:
    def __init__(self):
        self._times = {}  # key -> increasing list of timestamps
        self._values = {}  # key -> values, parallel to self._times[key]

    def set(self, key, value, timestamp):
        times = self._times.setdefault(key, [])
        if times and timestamp <= times[-1]:
            raise ValueError(f"timestamp {timestamp} is not after {times[-1]}")
        times.append(timestamp)
        self._values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        if key not in self._times:
            raise KeyError(key)
        # the last timestamp <= timestamp sits just before the insertion point on the right
        i = bisect_right(self._times[key], timestamp) - 1
        return self._values[key][i] if i >= 0 else None
