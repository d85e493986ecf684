# Corpus: error messages and reprs that newer Pythons changed; interview answers often print them.
import calendar
import math
from collections import OrderedDict

print(OrderedDict([("x", 1), ("y", 2)]))
print(calendar.monthrange(2024, 2))
for attempt in [lambda: math.sqrt(-1), lambda: math.log(0)]:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3].index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12x")
except ValueError as e:
    print("ValueError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
