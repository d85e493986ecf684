import re


class BookingError(Exception):
    """Base class of every booking problem."""


class InvalidSeat(BookingError, ValueError):
    pass


class SeatUnavailable(BookingError):
    pass


class LimitExceeded(BookingError):
    pass


class NotBooked(BookingError, KeyError):
    pass


SEAT = re.compile(r"([A-Z])([1-9][0-9]*)")


class Theatre:
    def __init__(self, rows, seats_per_row, limit=4):
        self.rows = rows
        self.seats_per_row = seats_per_row
        self.limit = limit
        self.owner = {}  # seat code -> customer

    def _parse(self, seat):
        """Returns (code, row index, number), or raises InvalidSeat."""
        match = SEAT.fullmatch(seat.upper())
        if not match:
            raise InvalidSeat(f"malformed seat code {seat!r}")
        row = ord(match.group(1)) - ord("A")
        number = int(match.group(2))
        if row >= self.rows or number > self.seats_per_row:
            raise InvalidSeat(f"no seat {seat!r} in this hall")
        return match.group(0), row, number

    def book(self, customer, seat):
        code, _, _ = self._parse(seat)
        if code in self.owner:
            raise SeatUnavailable(code)
        if len(self.seats_of(customer)) >= self.limit:
            raise LimitExceeded(customer)
        self.owner[code] = customer
        return code

    def book_many(self, customer, seats):
        done = []
        try:
            for seat in seats:
                done.append(self.book(customer, seat))
        except BookingError:
            for code in done:  # roll back this call's bookings, then let the error go on
                del self.owner[code]
            raise
        return done

    def cancel(self, customer, seat):
        code, _, _ = self._parse(seat)
        if self.owner.get(code) != customer:
            raise NotBooked(code)
        del self.owner[code]

    def seats_of(self, customer):
        mine = [code for code, who in self.owner.items() if who == customer]
        return sorted(mine, key=lambda code: (code[0], int(code[1:])))

    def free_count(self):
        return self.rows * self.seats_per_row - len(self.owner)
