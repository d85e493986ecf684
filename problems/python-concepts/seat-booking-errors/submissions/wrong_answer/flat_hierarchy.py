# Every exception derives only from BookingError, so `except ValueError` / `except KeyError` miss them.
import re


class BookingError(Exception):
    pass


class InvalidSeat(BookingError):
    pass


class SeatUnavailable(BookingError):
    pass


class LimitExceeded(BookingError):
    pass


class NotBooked(BookingError):
    pass


class Theatre:
    def __init__(self, rows, seats_per_row, limit=4):
        self.rows, self.per_row, self.limit = rows, seats_per_row, limit
        self.owner = {}

    def _code(self, seat):
        m = re.fullmatch(r"([A-Z])([1-9][0-9]*)", seat.upper())
        if not m or ord(m.group(1)) - 65 >= self.rows or int(m.group(2)) > self.per_row:
            raise InvalidSeat(seat)
        return m.group(0)

    def book(self, customer, seat):
        code = self._code(seat)
        if code in self.owner:
            raise SeatUnavailable(code)
        if list(self.owner.values()).count(customer) >= self.limit:
            raise LimitExceeded(customer)
        self.owner[code] = customer
        return code

    def book_many(self, customer, seats):
        done = []
        try:
            for seat in seats:
                done.append(self.book(customer, seat))
        except BookingError:
            for code in done:
                del self.owner[code]
            raise
        return done

    def cancel(self, customer, seat):
        code = self._code(seat)
        if self.owner.get(code) != customer:
            raise NotBooked(code)
        del self.owner[code]

    def seats_of(self, customer):
        return sorted((c for c, w in self.owner.items() if w == customer), key=lambda c: (c[0], int(c[1:])))

    def free_count(self):
        return self.rows * self.per_row - len(self.owner)
