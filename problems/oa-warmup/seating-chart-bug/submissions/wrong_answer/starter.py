def make_chart(rows, seats):
    """Returns a seating chart: rows lists of seats, every seat free ('.')."""
    return [["."] * seats] * rows


def book(chart, row, seat):
    """Books a seat (0-based row and seat); returns False if it was already taken."""
    if chart[row][seat] == "X":
        return False
    chart[row][seat] = "X"
    return True


def show(chart):
    """The chart as text, one line per row."""
    return "\n".join("".join(r) for r in chart)
