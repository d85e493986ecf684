# Without `nonlocal`, `value += step` makes value a local variable of count(): UnboundLocalError.
def make_counter(start=0, *, step=1):
    value = start - step

    def count():
        value += step
        return value

    return count


def make_accumulator():
    total = 0

    def add(*amounts):
        total += sum(amounts)
        return total

    return add


def make_multipliers(n):
    return [lambda x, i=i: x * i for i in range(n)]
