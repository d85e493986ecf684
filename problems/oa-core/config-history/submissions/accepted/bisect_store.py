from bisect import bisect_right


class ConfigHistory:
    def __init__(self):
        self._version = 0  # the latest version issued
        self._versions = {}  # key -> increasing list of the versions that set it
        self._values = {}  # key -> values, parallel to self._versions[key]

    def set(self, key, value):
        self._version += 1
        self._versions.setdefault(key, []).append(self._version)
        self._values.setdefault(key, []).append(value)
        return self._version

    def get(self, key, version):
        if version > self._version:
            raise ValueError(f"version {version} does not exist yet")
        if key not in self._versions:
            raise KeyError(key)
        # the last version <= the one asked for sits just before the insertion point on the right
        i = bisect_right(self._versions[key], version) - 1
        return self._values[key][i] if i >= 0 else None
