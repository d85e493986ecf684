# Keeps the state in module-level globals, so every counter and accumulator shares one value.
_value = None
_total = 0


def make_counter(start=0, *, step=1):
    global _value
    _value = start - step

    def count():
        global _value
        _value += step
        return _value

    return count


def make_accumulator():
    def add(*amounts):
        global _total
        _total += sum(amounts)
        return _total

    return add


def make_multipliers(n):
    return [lambda x, i=i: x * i for i in range(n)]
