# step is an ordinary parameter, so make_counter(5, 2) is accepted instead of raising TypeError.
def make_counter(start=0, step=1):
    value = start - step

    def count():
        nonlocal value
        value += step
        return value

    return count


def make_accumulator():
    total = 0

    def add(*amounts):
        nonlocal total
        total += sum(amounts)
        return total

    return add


def make_multipliers(n):
    return [lambda x, i=i: x * i for i in range(n)]
