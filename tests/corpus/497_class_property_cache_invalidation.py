# Corpus: a computed property cached by hand and invalidated by setters.
class Stats:
    def __init__(self, data):
        self._data = list(data)
        self._mean = None
    @property
    def data(self):
        return tuple(self._data)
    @data.setter
    def data(self, values):
        self._data = list(values)
        self._mean = None
    def add(self, x):
        self._data.append(x)
        self._mean = None
    @property
    def mean(self):
        if self._mean is None:
            print("  computing mean")
            self._mean = sum(self._data) / len(self._data)
        return self._mean
s = Stats([1, 2, 3])
print(s.mean, s.mean)
s.add(10)
print(s.mean)
s.data = [5, 5]
print(s.mean, s.data)
