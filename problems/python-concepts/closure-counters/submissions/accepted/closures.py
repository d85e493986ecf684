def make_counter(start=0, *, step=1):
    value = start - step

    def count():
        nonlocal value  # rebinds the enclosing variable instead of creating a local one
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
    # i=i freezes the current i as a default value; a bare `lambda x: x * i` would read i
    # only when called, after the loop has finished.
    return [lambda x, i=i: x * i for i in range(n)]
