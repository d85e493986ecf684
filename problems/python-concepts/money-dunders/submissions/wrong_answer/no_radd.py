# No __radd__: sum() starts with 0 + Money, which int does not know how to do.
import functools


@functools.total_ordering
class Money:
    def __init__(self, amount, currency="INR"):
        self._amount = amount
        self._currency = currency

    @property
    def amount(self):
        return self._amount

    @property
    def currency(self):
        return self._currency

    def __repr__(self):
        return f"Money({self._amount}, {self._currency!r})"

    def __str__(self):
        sign = "-" if self._amount < 0 else ""
        units, paise = divmod(abs(self._amount), 100)  # abs first: floor division rounds negatives down
        return f"{self._currency} {sign}{units}.{paise:02d}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self._amount, self._currency) == (other._amount, other._currency)

    def __hash__(self):
        return hash((self._amount, self._currency))

    def _same_currency(self, other):
        if self._currency != other._currency:
            raise ValueError(f"cannot mix {self._currency} and {other._currency}")

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self._amount < other._amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self._amount + other._amount, self._currency)

    def __mul__(self, k):
        if not isinstance(k, int) or isinstance(k, bool):
            return NotImplemented
        return Money(self._amount * k, self._currency)

    __rmul__ = __mul__

    def __bool__(self):
        return self._amount != 0
